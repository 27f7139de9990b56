import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalToHtml } from '@/lib/richtext/lexicalToHtml'

import { lexicalDocument, linkNode, paragraph, quotationOf } from '../helpers/lexical'
import { testPayload } from './payload'

// Imported after testPayload(): the component's imports read the Payload config, which needs the test environment.
let RichText: typeof import('@/components/richtext/RichText').RichText
beforeAll(async () => {
  await testPayload()
  ;({ RichText } = await import('@/components/richtext/RichText'))
})

// Saved before addresses were checked at save (or written to the database directly): the renderers are the last guard.
const unsafe = ['data:text/html,<script>alert(1)</script>', '/\\evil.example', 'javascript:alert(1)', '/\t/evil.example']
const doc = (wrap: (url: string) => Record<string, unknown>) =>
  lexicalDocument(...unsafe.map((url) => wrap(url)), quotationOf(7, paragraph('Quoted ', linkNode('https://example.org/ok', 'safe'))), paragraph(linkNode('/posts/here', 'here'))) as unknown as SerializedEditorState

describe('every link in rich text, quotations included, goes through the one check', () => {
  const inText = doc((url) => paragraph('See ', linkNode(url, 'this')))
  const inQuotation = doc((url) => quotationOf(7, paragraph('Quoted ', linkNode(url, 'that'))))

  it.each([
    ['the post page', inText],
    ['the post page, in a quotation', inQuotation],
  ])('%s: no href but the safe ones', (_name, data) => {
    const html = renderToStaticMarkup(createElement(RichText, { data }))
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual(['https://example.org/ok', '/posts/here'])
    expect(html).toContain('<blockquote>')
  })

  it.each([
    ['feeds', inText],
    ['feeds, in a quotation', inQuotation],
  ])('%s: no href but the safe ones, made absolute', (_name, data) => {
    const html = lexicalToHtml(data, 'https://site.example')
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual(['https://example.org/ok', 'https://site.example/posts/here'])
  })
})
