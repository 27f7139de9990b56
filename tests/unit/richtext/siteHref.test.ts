import { describe, expect, it } from 'vitest'

import { siteHref } from '@/lib/richtext/siteHref'
import { linkUrlProblem, safeHref } from '@/lib/richtext/urls'

import { readSharedFixture } from '../../helpers/sharedFixtures'

type Vector = { id: string; context: 'html' | 'url'; payload: string; expect: string }
// Read through tests/helpers/sharedFixtures, which finds ../shared from its own location (not the
// working directory), warns and returns null when it is absent, and throws when CI is set.
const fixture = readSharedFixture('xss-vectors.json')
const payloads: Vector[] = fixture ? JSON.parse(fixture).payloads : []
const urls = payloads.filter((vector) => vector.context === 'url')
const rejected = urls.filter((vector) => vector.expect === 'reject').map((vector) => [vector.id, vector.payload] as const)
const allowed = urls.filter((vector) => vector.expect === 'allow').map((vector) => [vector.id, vector.payload] as const)

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
    // Browsers read \ as / and drop tabs and line breaks: these are other sites, not paths here.
    ['/\\evil.example', null],
    ['/\t/evil.example', null],
    ['/\n/evil.example', null],
    ['https://example.org\\@evil.example', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, output) => expect(siteHref(input)).toBe(output))
})

describe.skipIf(!fixture)('siteHref over the url vectors of ../shared/fixtures/xss-vectors.json', () => {
  it('has the 56 payloads the fixture promises, 14 of them URLs: 13 to reject and 1 to allow', () => {
    expect(payloads).toHaveLength(56)
    expect(urls).toHaveLength(14)
    expect([rejected.length, allowed.length]).toEqual([13, 1])
  })

  it.each(rejected)('%s (%j) is rejected', (_id, payload) => {
    expect(siteHref(payload)).toBeNull()
  })

  it.each(allowed)('%s (%j) is allowed as written', (_id, payload) => {
    expect(siteHref(payload)).toBe(payload)
  })
})

describe('linkUrlProblem: the reason an address is refused at save', () => {
  it.each([
    ['/posts/x', null],
    ['https://example.org/a', null],
    ['mailto:ada@example.com', null],
    ['javascript:alert(1)', 'Links may only be https://, http:// or mailto: addresses or paths on this site, not javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'Links may only be https://, http:// or mailto: addresses or paths on this site, not data:'],
    ['/\\evil.example', 'A link address uses / and never \\ (browsers read \\ as /, which can point it at another site).'],
    ['/\t/evil.example', 'A link address cannot contain tabs, line breaks or other control characters.'],
    ['//evil.example', 'An address starting with // leaves the site: write it in full, with https://.'],
    ['evil.example', '“evil.example” is neither a full address (https://…) nor a path on this site (/…).'],
  ])('%j → %j', (input, output) => expect(linkUrlProblem(input)).toBe(output))
})

describe('safeHref: the absolute form feeds carry', () => {
  it.each([
    ['/posts/x', 'https://site.example/posts/x'],
    ['https://example.org/a', 'https://example.org/a'],
    // Resolved against the site, /\evil.example was http://evil.example/.
    ['/\\evil.example', null],
    ['/\t/evil.example', null],
    ['javascript:alert(1)', null],
  ])('%j → %j', (input, output) => expect(safeHref(input, 'https://site.example')).toBe(output))
})
