import { describe, expect, it } from 'vitest'

import { unwrapUnsafeLinks } from '@/lib/import/wordpress/unsafeLinks'

const text = (value: string) => ({ type: 'text', text: value })
const link = (url: string, words: string, linkType = 'custom') => ({ type: 'link', fields: { linkType, url }, children: [text(words)] })

describe('unwrapUnsafeLinks', () => {
  it('keeps the words of links to javascript:, data:, //host, /\\host and addresses with spaces, and reports each', () => {
    const root = {
      children: [
        {
          type: 'paragraph',
          children: [link('javascript:alert(1)', 'one'), link('https://example.org/ok', 'two'), link('data:text/html,x', 'three'), link('//evil.example', 'four'), link('/\\evil.example', 'five'), link('https://a b', 'six')],
        },
      ],
    }
    const reported: string[] = []
    unwrapUnsafeLinks(root, (url) => reported.push(url))
    expect(root.children).toEqual([{ type: 'paragraph', children: [text('one'), link('https://example.org/ok', 'two'), text('three'), text('four'), text('five'), text('six')] }])
    expect(reported).toEqual(['javascript:alert(1)', 'data:text/html,x', '//evil.example', '/\\evil.example', 'https://a b'])
  })

  it('leaves internal links alone and reaches rich text nested in a block’s fields', () => {
    const quote = { root: { children: [{ type: 'paragraph', children: [link('vbscript:x', 'quoted')] }] } }
    const root = { children: [{ type: 'block', fields: { blockType: 'quotation', quote } }, { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'posts', value: 1 } }, children: [text('inside')] }] }] }
    unwrapUnsafeLinks(root, () => {})
    expect(quote.root.children).toEqual([{ type: 'paragraph', children: [text('quoted')] }])
    expect(root.children[1]).toEqual({ type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'posts', value: 1 } }, children: [text('inside')] }] })
  })
})
