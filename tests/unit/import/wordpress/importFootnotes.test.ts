import { describe, expect, it } from 'vitest'

import { contentPieces } from '@/lib/import/wordpress/contentPieces'
import { importFootnotes } from '@/lib/import/wordpress/importFootnotes'
import { readWxr } from '@/lib/import/wordpress/readWxr'

import { sharedFixturePath } from '../../../helpers/sharedFixtures'

type Node = { type: string; children?: Node[]; text?: string; fields?: Record<string, unknown>; [key: string]: unknown }
type State = { root: Node & { children: Node[] } }

const anchor = (id: string, number: number) => `<sup data-fn="${id}" class="fn"><a href="#${id}" id="${id}-link">${number}</a></sup>`
const meta = JSON.stringify([
  { content: 'Copied by hand, <em>as ever</em>.', id: 'f1' },
  { content: 'See <a href="https://example.org/scribes">the scribes</a>.', id: 'f2' },
])
const POST = { label: '“Scribes”', asBlocks: true }

// Found by tests/helpers/sharedFixtures from its own location: null (the test skips, with a warning)
// when ../shared is absent, an error under CI.
const blockTestData = sharedFixturePath('wxr/64-block-test-data.xml')

const text = (value: string, format = 0): Node => ({ type: 'text', version: 1, text: value, format, style: '', mode: 'normal', detail: 0 })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children })
const state = (...children: Node[]): State => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })
const footnote = (...note: Node[]) => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: expect.stringMatching(/^[0-9a-f]{24}$/), blockName: '', blockType: 'footnote', note: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph(...note)] } } },
})

describe('importFootnotes: the HTML', () => {
  it('marks each anchor with its number and puts the notes after the text, each a paragraph starting with its number', () => {
    const result = importFootnotes(`<p>Scribes copied${anchor('f1', 1)} and copied.</p><p>Then print${anchor('f2', 2)}.</p>`, meta, POST)
    expect(result.html).toBe(
      '<p>Scribes copied\uE0001\uE001 and copied.</p><p>Then print\uE0002\uE001.</p>' +
        '<p>\uE0021\uE001Copied by hand, <em>as ever</em>.</p><p>\uE0022\uE001See <a href="https://example.org/scribes">the scribes</a>.</p>',
    )
    expect(result.warnings).toEqual([])
  })

  it('numbers the notes in the order of their marks in the text, not of the meta', () => {
    const result = importFootnotes(`<p>First${anchor('f2', 1)}, then${anchor('f1', 2)}.</p>`, meta, POST)
    expect(result.html).toBe(
      '<p>First\uE0001\uE001, then\uE0002\uE001.</p><p>\uE0021\uE001See <a href="https://example.org/scribes">the scribes</a>.</p><p>\uE0022\uE001Copied by hand, <em>as ever</em>.</p>',
    )
  })

  it('keeps a mark with no footnote as its text, and a footnote with no mark as a paragraph at the end, reporting both', () => {
    const result = importFootnotes(`<p>One${anchor('gone', 1)} and two${anchor('f2', 2)}.</p>`, meta, POST)
    expect(result.html).toBe(
      '<p>One<sup>1</sup> and two\uE0001\uE001.</p><p>\uE0021\uE001See <a href="https://example.org/scribes">the scribes</a>.</p><p>\uE0022\uE001Copied by hand, <em>as ever</em>.</p>',
    )
    expect(result.warnings).toEqual([
      'In “Scribes”, the footnote mark “1” points to no footnote with a text: kept as text.',
      'In “Scribes”, the footnote “Copied by hand, as ever.” has no mark in the text: kept as a paragraph at the end.',
    ])
  })

  it('reports a footnotes meta that is not JSON and keeps the marks as text', () => {
    const result = importFootnotes(`<p>One${anchor('f1', 1)}.</p>`, '[{"id":', POST)
    expect(result.html).toBe('<p>One<sup>1</sup>.</p>')
    expect(result.warnings[0]).toMatch(/^In “Scribes”, the footnotes \(post meta “footnotes”\) is not JSON \(.+\): their marks are kept as text\.$/)
  })

  it('leaves HTML without footnotes as it is', () => {
    const result = importFootnotes('<p>No notes <sup>2</sup> here.</p>', null, POST)
    expect(result.html).toBe('<p>No notes <sup>2</sup> here.</p>')
    expect(result.warnings).toEqual([])
  })

  it('gives pages, which have no Footnote block, superscript numbers and a numbered list at the end', () => {
    const result = importFootnotes(`<p>About us${anchor('f1', 1)} and them${anchor('f2', 2)}.</p>`, meta, { label: '“About”', asBlocks: false })
    expect(result.html).toBe(
      '<p>About us<sup>1</sup> and them<sup>2</sup>.</p><ol><li>Copied by hand, <em>as ever</em>.</li><li>See <a href="https://example.org/scribes">the scribes</a>.</li></ol>',
    )
    expect(result.warnings).toEqual(['In “About”, 2 footnotes are kept as a numbered list at the end: pages have no Footnote block.'])
  })

  it('drops the footnotes block, whose list is rebuilt from the meta', () => {
    const block = '<!-- wp:paragraph --><p>Text</p><!-- /wp:paragraph --><!-- wp:footnotes --><ol class="wp-block-footnotes"><li>A stale list</li></ol><!-- /wp:footnotes -->'
    expect(contentPieces(block)).toEqual({ pieces: [{ kind: 'html', html: '<p>Text</p>' }], warnings: [] })
  })

  it.skipIf(!blockTestData)('reads the theme test data’s footnotes post (WordPress 6.3+): two marks, two notes, nothing reported', async () => {
    const item = (await readWxr(blockTestData!)).items.find((entry) => entry.type === 'post' && entry.title === 'Footnotes')!
    const html = contentPieces(item.content).pieces.map((piece) => (piece.kind === 'html' ? piece.html : '')).join('')
    const result = importFootnotes(html, item.meta.find((row) => row.key === 'footnotes')?.value, POST)
    expect(result.html).toContain('<p>A paragraph\uE0001\uE001</p>')
    expect(result.html).toContain('<p>Another paragraph\uE0002\uE001</p>')
    expect(result.html.endsWith('<p>\uE0021\uE001A note</p><p>\uE0022\uE001Another note</p>')).toBe(true)
    expect(result.warnings).toEqual([])
  })
})

describe('importFootnotes: the Lexical document', () => {
  it('takes the notes out after conversion and turns each mark into a Footnote block holding its note, formatting kept', () => {
    const result = importFootnotes(`<p>x${anchor('f1', 1)}</p>`, meta, POST)
    const converted = state(
      paragraph(text('Scribes '), text('copied\uE0001\uE001 and', 2), text(' copied.')),
      paragraph(text('SOURCES')),
      paragraph(text('\uE0021\uE001Copied by hand, '), text('as ever', 2), text('.')),
      paragraph(text('\uE0022\uE001See the scribes.')),
    )
    result.takeNotes(converted)
    // What the other recognisers see: the text as the author ended it.
    expect(converted.root.children).toEqual([paragraph(text('Scribes '), text('copied\uE0001\uE001 and', 2), text(' copied.')), paragraph(text('SOURCES'))])
    const placed = result.place(converted)
    expect(placed.root.children).toEqual([
      paragraph(text('Scribes '), text('copied', 2), footnote(text('Copied by hand, '), text('as ever', 2), text('.')), text(' and', 2), text(' copied.')),
      paragraph(text('SOURCES')),
      // f2 had no mark in this HTML: its note ends the text.
      paragraph(text('See the scribes.')),
    ])
  })

  it('finds a note whose start the converter wrapped in a formatting or link an unclosed tag before it reopened', () => {
    const result = importFootnotes(`<p>One${anchor('f1', 1)}, two${anchor('f2', 2)}.</p>`, meta, POST)
    const link = (...children: Node[]): Node => ({ type: 'link', version: 3, fields: { url: 'https://example.org/scribes', linkType: 'custom', newTab: false }, children })
    const converted = state(
      paragraph(text('One\uE0001\uE001, two\uE0002\uE001.')),
      paragraph(text('\uE0021\uE001See '), link(text('the scribes'))),
      paragraph(link(text('\uE0022\uE001')), text('Copied by hand.')),
    )
    result.takeNotes(converted)
    expect(result.place(converted).root.children).toEqual([
      paragraph(text('One'), footnote(text('See '), link(text('the scribes'))), text(', two'), footnote(text('Copied by hand.')), text('.')),
    ])
  })

  it('puts a note whose mark is inside a Quotation after the quotation, since a quote cannot hold footnotes', () => {
    const result = importFootnotes(`<blockquote>Quoted${anchor('f1', 1)}</blockquote><p>After${anchor('f2', 2)}</p>`, meta, POST)
    const converted = state(
      paragraph(text('Quoted\uE0001\uE001')),
      paragraph(text('After\uE0002\uE001')),
      paragraph(text('\uE0021\uE001Copied by hand.')),
      paragraph(text('\uE0022\uE001See.')),
    )
    result.takeNotes(converted)
    const quotation: Node = { type: 'block', version: 2, format: '', fields: { id: 'q1', blockType: 'quotation', quote: state(converted.root.children[0]), source: 7 } }
    const placed = result.place(state(quotation, converted.root.children[1]))
    expect(placed.root.children).toEqual([
      { ...quotation, fields: { ...quotation.fields, quote: state(paragraph(text('Quoted'))) } },
      paragraph(text('Copied by hand.')),
      paragraph(text('After'), footnote(text('See.'))),
    ])
    expect(result.warnings).toEqual(['In “Scribes”, footnote 1 is in a quotation, which cannot hold footnotes: its text follows the quotation as a paragraph.'])
  })
})
