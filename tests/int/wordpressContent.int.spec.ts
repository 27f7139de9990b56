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

  it('keeps a Gutenberg table as a table and reads the source from a quote’s cite', async () => {
    const markup = [
      '<!-- wp:table --><figure class="wp-block-table"><table><thead><tr><th>Year</th><th>Event</th></tr></thead><tbody><tr><td>1453</td><td>Fall of <em>Constantinople</em></td></tr></tbody></table></figure><!-- /wp:table -->',
      '<!-- wp:quote --><blockquote class="wp-block-quote"><!-- wp:paragraph --><p>Twenty years of my life were spent there.</p><!-- /wp:paragraph --><cite>S. Alliluyeva: ‘Twenty Letters to a Friend’, p. 216</cite></blockquote><!-- /wp:quote -->',
    ].join('\n\n')
    const html = contentPieces(markup).pieces.map((piece) => (piece.kind === 'html' ? piece.html : '')).join('')
    const source = await payload.create({ collection: 'sources', data: { type: 'book', title: `Twenty Letters to a Friend ${unique('t')}`, authors: [{ family: 'Alliluyeva', given: 'Svetlana' }] } })
    const { state, quotations } = await recognizeQuotations((await htmlToLexical(html, payload.config)) as never, async () => source.id)
    expect(quotations).toBe(1)
    type Cell = { type: string; headerState: number; children: { children: { text: string; format: number }[] }[] }
    const table = state.root.children[0] as unknown as { type: string; children: { type: string; children: Cell[] }[] }
    expect(table.type).toBe('table')
    expect(table.children.map((row) => row.children.map((cell) => [cell.headerState > 0 ? 'th' : 'td', cell.children[0].children.map((text) => text.text).join('')]))).toEqual([
      [['th', 'Year'], ['th', 'Event']],
      [['td', '1453'], ['td', 'Fall of Constantinople']],
    ])
    expect(table.children[1].children[1].children[0].children.map((text) => [text.text, text.format])).toEqual([['Fall of ', 0], ['Constantinople', 2]])
    const quotation = state.root.children[1] as unknown as { type: string; fields: { locator: string; quote: { root: { children: { children: { text: string }[] }[] } } } }
    expect(quotation.fields.locator).toBe('216')
    expect(quotation.fields.quote.root.children.map((node) => node.children.map((text) => text.text).join(''))).toEqual(['Twenty years of my life were spent there.'])

    // Payload accepts the table in a post and a page (the reading features include it).
    const post = await payload.create({ collection: 'posts', data: { title: unique('Imported table'), content: state as never, _status: 'published' }, depth: 0 })
    expect((post.content.root.children[0] as { type: string }).type).toBe('table')
    const page = await payload.create({ collection: 'pages', data: { title: unique('Imported table page'), content: { root: { ...state.root, children: [table] } } as never, _status: 'published' }, depth: 0 })
    expect((page.content.root.children[0] as { type: string }).type).toBe('table')
  })

  it('reports a SOURCES list it cannot read, which stays in the text word for word', async () => {
    const { itemContent } = await import('@/lib/import/wordpress/itemContent')
    const source = await payload.create({ collection: 'sources', data: { type: 'book', title: `Unread list ${unique('t')}`, authors: [{ family: 'Nobody' }] } })
    const resolve = Object.assign(async () => source.id, { keepUrl: async () => {} })
    const body = await itemContent(payload, 'The script.\n\n<h2>SOURCES</h2>\n\nand many conversations over the years', { label: '“Unread”', resolveSource: resolve as never, images: null })
    expect(body.warnings).toEqual(['In “Unread”, the SOURCES list stays in the text as written (not linked to sources): the entry “and many conversations over the years” does not read as “Author, Title”.'])
    expect(body.sources).toEqual([])
    expect(JSON.stringify(body.content)).toContain('and many conversations over the years')
  })
})
