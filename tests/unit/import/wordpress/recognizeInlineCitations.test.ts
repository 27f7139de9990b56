import { describe, expect, it } from 'vitest'

import { citationSources } from '@/lib/import/wordpress/citationSources'
import { inlineCitations, recognizeInlineCitations } from '@/lib/import/wordpress/recognizeInlineCitations'
import { recognizeQuotations } from '@/lib/import/wordpress/recognizeQuotations'

import { numberedSourceResolver } from '../../../helpers/sources'

type Node = { type: string; [key: string]: unknown }
const BOLD = 1
const ITALIC = 2
const text = (value: string, format = 0): Node => ({ type: 'text', version: 1, text: value, format, style: '', mode: 'normal', detail: 0 })
const element = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({ type, version: 1, direction: null, format: '', indent: 0, ...extra, children })
const paragraph = (...children: Node[]) => element('paragraph', children, { textFormat: 0, textStyle: '' })
const quote = (...children: Node[]) => element('quote', children)
const heading = (...children: Node[]) => element('heading', children, { tag: 'h2' })
const list = (...items: Node[][]) => element('list', items.map((children, index) => element('listitem', children, { value: index + 1 })), { listType: 'bullet', start: 1, tag: 'ul' })
const link = (url: string, ...children: Node[]) => element('link', children, { fields: { url, linkType: 'custom', newTab: false } })
const state = (...children: Node[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } })

function numberedSources() {
  const { asked, resolve } = numberedSourceResolver()
  return { asked, resolve, sources: citationSources(resolve) }
}

/** A Citation node as the expected output, its random id left open. */
const citation = (source: number, locator: string, label = 'page') => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: expect.stringMatching(/^[0-9a-f]{24}$/), blockName: '', blockType: 'citation', source, label, locator },
})

describe('recognizeInlineCitations', () => {
  it('replaces a citation inside a sentence, dropping the space before it and keeping the words around it and their formatting', async () => {
    const { asked, sources } = numberedSources()
    const input = state(paragraph(text('As she wrote, '), text('the Kremlin was lonely', BOLD), text(' (S. Alliluyeva: ‘Twenty Letters to a Friend’, p. 216). Then she left.')))
    const result = await recognizeInlineCitations(input, sources, '“A script”')
    expect(asked).toEqual(['S. Alliluyeva | Twenty Letters to a Friend'])
    expect(result.citations).toBe(1)
    expect(result.warnings).toEqual([])
    expect(result.state.root.children).toEqual([paragraph(text('As she wrote, '), text('the Kremlin was lonely', BOLD), citation(100, '216'), text('. Then she left.'))])
  })

  it('reads a citation whose title is in italics, across the text nodes', async () => {
    const { asked, sources } = numberedSources()
    const input = state(paragraph(text('as Hugo put it (V. Hugo: '), text('Notre-Dame de Paris', ITALIC), text(', chap. 2) and '), text('so on', ITALIC)))
    const result = await recognizeInlineCitations(input, sources)
    expect(asked).toEqual(['V. Hugo | Notre-Dame de Paris'])
    expect(result.state.root.children).toEqual([paragraph(text('as Hugo put it'), citation(100, '2', 'chapter'), text(' and '), text('so on', ITALIC))])
  })

  it('replaces several citations in one paragraph; a bare locator means the source of the citation just before it', async () => {
    const { sources } = numberedSources()
    const input = state(paragraph(text('First Bacon (Bacon: Novum Organum, vol. iii), then again (pp. 12-14), and Hugo (Victor Hugo, Notre-Dame de Paris, chap. 2).')))
    const result = await recognizeInlineCitations(input, sources)
    expect(result.citations).toBe(3)
    expect(result.state.root.children).toEqual([
      paragraph(text('First Bacon'), citation(100, 'iii', 'volume'), text(', then again'), citation(100, '12–14'), text(', and Hugo'), citation(101, '2', 'chapter'), text('.')),
    ])
  })

  it('reads list items and the quotes that did not become quotations, but not headings or the words of a link', async () => {
    const { sources } = numberedSources()
    const input = state(
      heading(text('Chapter one (Bacon: Novum Organum, p. 1)')),
      list([text('An item (Bacon: Novum Organum, p. 2)')], [text('Another (p. 3)'), link('https://example.com/', text('(p. 4)'))]),
      quote(paragraph(text('A quote of my own (p. 5), with no citation line after it.'))),
    )
    const result = await recognizeInlineCitations(input, sources)
    expect(result.state.root.children).toEqual([
      heading(text('Chapter one (Bacon: Novum Organum, p. 1)')),
      list([text('An item'), citation(100, '2')], [text('Another'), citation(100, '3'), link('https://example.com/', text('(p. 4)'))]),
      quote(paragraph(text('A quote of my own'), citation(100, '5'), text(', with no citation line after it.'))),
    ])
  })

  it('joins a paragraph that is nothing but a citation to the end of the paragraph before it', async () => {
    const { sources } = numberedSources()
    const input = state(paragraph(text('He never wrote it down. ')), paragraph(text('(N. Khrushchev: Khrushchev Remembers, pp. 317-18)')), paragraph(text('Next.')))
    const result = await recognizeInlineCitations(input, sources)
    expect(result.state.root.children).toEqual([paragraph(text('He never wrote it down.'), citation(100, '317–18')), paragraph(text('Next.'))])
  })

  it('keeps a bare locator with no source before it word for word, with a warning', async () => {
    const { asked, sources } = numberedSources()
    const input = state(paragraph(text('A stray note (p. 5) here.')), paragraph(text('Then a source (Bacon: Novum Organum, p. 6).')))
    const result = await recognizeInlineCitations(input, sources, '“A script”')
    expect(result.warnings).toEqual(['In “A script”, the citation “(p. 5)” refers to an earlier source, but none came before it: kept as text.'])
    expect(result.citations).toBe(1)
    expect(asked).toEqual(['Bacon | Novum Organum'])
    expect(result.state.root.children).toEqual([paragraph(text('A stray note (p. 5) here.')), paragraph(text('Then a source'), citation(100, '6'), text('.'))])
  })

  it('leaves parentheses that are prose alone: no change, no warning, no source asked for', async () => {
    const { asked, sources } = numberedSources()
    const input = state(
      paragraph(text('The Revolution (1917) came (see below), and so on (and so on, p. many); (S. Alliluyeva, p. 216) names no title; (emphasis added).')),
      paragraph(text('Nested (as he said (in 1917)) stays too.')),
    )
    const result = await recognizeInlineCitations(input, sources, '“A script”')
    expect(result.state).toEqual(input)
    expect(result.citations).toBe(0)
    expect(result.warnings).toEqual([])
    expect(asked).toEqual([])
  })
})

describe('inline citations and quotations share the previous source, in reading order', () => {
  const recognize = async (input: ReturnType<typeof state>) => {
    const { asked, resolve } = numberedSources()
    const sources = citationSources(resolve)
    const inline = inlineCitations(sources, '“A script”')
    const quotations = await recognizeQuotations(input, sources, '“A script”', inline.passOn)
    return { asked, children: quotations.state.root.children, warnings: [...quotations.warnings, ...inline.warnings], citations: inline.citations }
  }
  const fieldsOf = (node: unknown) => (node as { fields: { blockType: string; source: number; locator: string } }).fields

  it('a bare locator in a paragraph after a quotation cites the quotation’s source', async () => {
    const { asked, children, warnings } = await recognize(
      state(quote(paragraph(text('Twenty years of my life were spent in the Kremlin.'))), paragraph(text('(S. Alliluyeva: ‘Twenty Letters to a Friend’, p. 216)')), paragraph(text('She says it again later (p. 300).'))),
    )
    expect(asked).toEqual(['S. Alliluyeva | Twenty Letters to a Friend'])
    expect(warnings).toEqual([])
    expect(children).toHaveLength(2)
    expect(fieldsOf(children[0])).toMatchObject({ blockType: 'quotation', source: 100, locator: '216' })
    expect(children[1]).toEqual(paragraph(text('She says it again later'), citation(100, '300'), text('.')))
  })

  it('a bare locator after a quotation cites the source of an inline citation before it', async () => {
    const { children, warnings } = await recognize(
      state(paragraph(text('Hugo saw it coming (V. Hugo: Notre-Dame de Paris, chap. 2).')), quote(paragraph(text('This will kill that.'))), paragraph(text('(chap. 3)'))),
    )
    expect(warnings).toEqual([])
    expect(children[0]).toEqual(paragraph(text('Hugo saw it coming'), citation(100, '2', 'chapter'), text('.')))
    expect(fieldsOf(children[1])).toMatchObject({ blockType: 'quotation', source: 100, locator: '3' })
  })

  it('a quotation that could not be tied to a source is not read again as inline citations', async () => {
    const input = state(quote(paragraph(text('An orphan quote.'))), paragraph(text('(p. 12)')), paragraph(text('After it (p. 13).')))
    const { children, warnings, citations } = await recognize(input)
    expect(children).toEqual(input.root.children)
    expect(citations).toBe(0)
    expect(warnings).toEqual([
      'In “A script”, the citation “(p. 12)” refers to an earlier source, but none came before it: kept as text.',
      'In “A script”, the citation “(p. 13)” refers to an earlier source, but none came before it: kept as text.',
    ])
  })
})
