import { describe, expect, it } from 'vitest'

import { recognizeQuotations } from '@/lib/import/wordpress/recognizeQuotations'

import { numberedSourceResolver } from '../../../helpers/sources'

type Node = { type: string; [key: string]: unknown }
const text = (value: string): Node => ({ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children })
const quote = (...children: Node[]): Node => ({ type: 'quote', version: 1, direction: null, format: '', indent: 0, children })
const state = (...children: Node[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } })

const sources = numberedSourceResolver

const quotationFields = (node: unknown) => {
  const { fields } = node as { fields: { blockType: string; quote: { root: { children: Node[] } }; source: number; label: string; locator: string } }
  return { blockType: fields.blockType, quote: fields.quote.root.children, source: fields.source, label: fields.label, locator: fields.locator }
}

describe('recognizeQuotations', () => {
  it('ties a block quote followed by a citation line to its source, and a bare (p. N) to the previous source', async () => {
    const { asked, resolve } = sources()
    const input = state(
      paragraph(text('She wrote:')),
      quote(paragraph(text('Twenty years of my life were spent in the Kremlin.'))),
      paragraph(text('(S. Alliluyeva: ‘Twenty Letters to a Friend’, p. 216)')),
      quote(paragraph(text('My father was very lonely.'))),
      paragraph(text('(p. 319)')),
    )
    const result = await recognizeQuotations(input, resolve)
    expect(asked).toEqual(['S. Alliluyeva | Twenty Letters to a Friend'])
    expect(result.quotations).toBe(2)
    expect(result.warnings).toEqual([])
    const [intro, first, second] = result.state.root.children
    expect(intro).toEqual(paragraph(text('She wrote:')))
    expect(quotationFields(first)).toEqual({ blockType: 'quotation', quote: [paragraph(text('Twenty years of my life were spent in the Kremlin.'))], source: 100, label: 'page', locator: '216' })
    expect(quotationFields(second)).toEqual({ blockType: 'quotation', quote: [paragraph(text('My father was very lonely.'))], source: 100, label: 'page', locator: '319' })
    expect(result.state.root.children).toHaveLength(3)
  })

  it('reads a citation that closes the quote itself, as its last paragraph or at the end of its text', async () => {
    const { resolve } = sources()
    const input = state(
      quote(paragraph(text('First line.')), paragraph(text('(N. Khrushchev: Khrushchev Remembers, pp. 317-18)'))),
      quote(paragraph(text('The end of it all. (chap. 4)'))),
    )
    const result = await recognizeQuotations(input, resolve)
    expect(result.state.root.children.map(quotationFields)).toEqual([
      { blockType: 'quotation', quote: [paragraph(text('First line.'))], source: 100, label: 'page', locator: '317–18' },
      { blockType: 'quotation', quote: [paragraph(text('The end of it all.'))], source: 100, label: 'chapter', locator: '4' },
    ])
  })

  it('treats a paragraph that is one quotation in curly quotes, with its citation, as a block quotation', async () => {
    const { resolve } = sources()
    const result = await recognizeQuotations(state(paragraph(text('“Paper will not last.” (J. Trithemius: In Praise of Scribes, p. 35)'))), resolve)
    expect(result.state.root.children.map(quotationFields)).toEqual([
      { blockType: 'quotation', quote: [paragraph(text('Paper will not last.'))], source: 100, label: 'page', locator: '35' },
    ])
  })

  it('treats a paragraph that is one quotation in curly quotes, with its citation line as the next paragraph, as a block quotation', async () => {
    const { asked, resolve } = sources()
    const italic = (value: string): Node => ({ ...text(value), format: 2 })
    const input = state(
      paragraph(text('“Paper will not last.”')),
      paragraph(text('(J. Trithemius: In Praise of Scribes, p. 35)')),
      paragraph(text('“The press is '), italic('a whore'), text('.”')),
      paragraph(text('(p. 36)')),
      // Two quotations with words between them, not one: prose.
      paragraph(text('“Yes,” she said, “it is.”')),
      paragraph(text('(p. 40)')),
      paragraph(text('“Copy it out.”')),
      paragraph(text('(Ibid.)')),
      paragraph(text('“No,” he said, “never.” (p. 41)')),
    )
    const result = await recognizeQuotations(input, resolve, '“A script”')
    expect(asked).toEqual(['J. Trithemius | In Praise of Scribes'])
    expect(result.quotations).toBe(2)
    const [first, second, ...rest] = result.state.root.children
    expect(quotationFields(first)).toEqual({ blockType: 'quotation', quote: [paragraph(text('Paper will not last.'))], source: 100, label: 'page', locator: '35' })
    expect(quotationFields(second)).toEqual({ blockType: 'quotation', quote: [paragraph(text('The press is '), italic('a whore'), text('.'))], source: 100, label: 'page', locator: '36' })
    expect(rest).toEqual([
      paragraph(text('“Yes,” she said, “it is.”')),
      paragraph(text('(p. 40)')),
      paragraph(text('“Copy it out.”')),
      paragraph(text('(Ibid.)')),
      paragraph(text('“No,” he said, “never.” (p. 41)')),
    ])
    expect(result.warnings).toEqual(['In “A script”, the line “(Ibid.)” after a quotation does not read as a citation: kept as text.'])
  })

  it('keeps what it cannot tie to a source word for word, with a warning', async () => {
    const { resolve } = sources()
    const input = state(quote(paragraph(text('An orphan quote.'))), paragraph(text('(p. 12)')), quote(paragraph(text('No citation at all.'))), paragraph(text('(see above)')))
    const result = await recognizeQuotations(input, resolve, '“A script”')
    expect(result.state).toEqual(input)
    expect(result.quotations).toBe(0)
    expect(result.warnings).toEqual([
      'In “A script”, the citation “(p. 12)” refers to an earlier source, but none came before it: kept as text.',
      'In “A script”, the line “(see above)” after a quotation does not read as a citation: kept as text.',
    ])
  })

  it('reports a parenthetical where a quotation’s citation stands that does not read as one, keeping it word for word', async () => {
    const { asked, resolve } = sources()
    const input = state(
      quote(paragraph(text('Twenty years of my life.'))),
      paragraph(text('(Ibid., p. 4)')),
      quote(paragraph(text('My father was very lonely.'))),
      paragraph(text('(Alliluyeva, 1967, p. 216)')),
      quote(paragraph(text('He read everything. (Alliluyeva 1967: 216)'))),
      quote(paragraph(text('The first line.')), paragraph(text('(op. cit.)'))),
      paragraph(text('“Paper will not last.” (Trithemius 1494)')),
      quote(paragraph(text('Not followed by a parenthetical.'))),
      paragraph(text('She went on (as she often did) for hours.')),
    )
    const result = await recognizeQuotations(input, resolve, '“A script”')
    expect(result.state).toEqual(input)
    expect(result.quotations).toBe(0)
    expect(asked).toEqual([])
    expect(result.warnings).toEqual([
      'In “A script”, the line “(Ibid., p. 4)” after a quotation does not read as a citation: kept as text.',
      'In “A script”, the line “(Alliluyeva, 1967, p. 216)” after a quotation does not read as a citation: kept as text.',
      'In “A script”, the “(Alliluyeva 1967: 216)” closing a quotation does not read as a citation: kept as text.',
      'In “A script”, the “(op. cit.)” closing a quotation does not read as a citation: kept as text.',
      'In “A script”, the “(Trithemius 1494)” closing a quotation does not read as a citation: kept as text.',
    ])
  })

  it('keeps an inline block that follows the citation closing a quotation', async () => {
    const { resolve } = sources()
    const mark: Node = { type: 'inlineBlock', version: 1, fields: { id: 'fn1', blockType: 'footnote', blockName: '' } }
    const result = await recognizeQuotations(state(quote(paragraph(text('The press is a whore. (S. Alliluyeva: ‘Twenty Letters to a Friend’, p. 216)'), mark))), resolve)
    expect(quotationFields(result.state.root.children[0])).toMatchObject({ locator: '216', quote: [paragraph(text('The press is a whore.'), mark)] })
  })
})
