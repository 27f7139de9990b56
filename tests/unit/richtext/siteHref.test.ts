import { describe, expect, it } from 'vitest'

import { siteHref } from '@/lib/richtext/siteHref'

import { readSharedFixture } from '../../helpers/sharedFixtures'

type Vector = { id: string; context: 'html' | 'url'; payload: string; expect: string }
const fixture = readSharedFixture('xss-vectors.json')
const urls = fixture ? (JSON.parse(fixture).payloads as Vector[]).filter((vector) => vector.context === 'url') : []

describe('siteHref: only http, https, mailto and relative URLs reach an href', () => {
  it.each([
    ['/posts/x', '/posts/x'],
    ['#notes', '#notes'],
    ['?q=1', '?q=1'],
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['mailto:ada@example.com', 'mailto:ada@example.com'],
    ['//evil.example/x', null],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, output) => expect(siteHref(input)).toBe(output))

  it.skipIf(!fixture).each(urls.map((vector) => [vector.id, vector.payload, vector.expect]))('%s (%s) is %s', (_id, payload, expectation) => {
    const href = siteHref(payload)
    if (expectation === 'reject') expect(href).toBeNull()
    else expect(href).toBe(payload.trim())
  })
})
