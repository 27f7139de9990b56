/**
 * WordPress markup through the import's content pipeline (pieces → richtext-lexical's HTML
 * converter → quotations tied to sources) yields a script Payload accepts and the site renders.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { contentPieces } from '@/lib/import/wordpress/contentPieces'
import { htmlToLexical } from '@/lib/import/wordpress/htmlToLexical'
import { recognizeQuotations } from '@/lib/import/wordpress/recognizeQuotations'

import { testPayload, unique } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const CLASSIC = `Stalin's daughter remembered the Kremlin differently.

<blockquote>Twenty years of my life were spent there.</blockquote>
(S. Alliluyeva: ‘Twenty Letters to a Friend’, p. 216)

<h2>The father</h2>
<blockquote>He was very lonely.</blockquote>
(p. 319)

Read <a href="https://example.org/letters">the letters</a> and <em>judge</em>:
<ul><li>first</li><li>second</li></ul>`

describe('the WordPress content pipeline', () => {
  it('turns a classic script with quotations and citation lines into a valid post with Quotation blocks', async () => {
    const { pieces } = contentPieces(CLASSIC)
    const html = pieces.map((piece) => (piece.kind === 'html' ? piece.html : '')).join('')
    const lexical = await htmlToLexical(html, payload.config)
    const source = await payload.create({ collection: 'sources', data: { type: 'book', title: `Twenty Letters to a Friend ${unique('t')}`, authors: [{ family: 'Alliluyeva', given: 'Svetlana' }] } })
    const asked: string[] = []
    const { state, quotations, warnings } = await recognizeQuotations(lexical as never, async (author, title) => {
      asked.push(`${author} | ${title}`)
      return source.id
    })
    expect(asked).toEqual(['S. Alliluyeva | Twenty Letters to a Friend'])
    expect(quotations).toBe(2)
    expect(warnings).toEqual([])
    expect(state.root.children.map((node) => (node.type === 'block' ? `block:${(node.fields as { locator: string }).locator}` : node.type))).toEqual([
      'paragraph',
      'block:216',
      'heading',
      'block:319',
      'paragraph',
      'list',
    ])

    const post = await payload.create({ collection: 'posts', data: { title: unique('Imported script'), content: state as never, _status: 'published' }, depth: 0 })
    expect(post.citedSources).toEqual([source.id])
    const link = JSON.stringify(post.content).match(/"url":"https:\/\/example\.org\/letters"/)
    expect(link).not.toBeNull()
  })
})
