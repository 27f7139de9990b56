import { randomBytes } from 'node:crypto'

import { QUOTATION_SLUG } from '@/lib/citations/blockTypes'

import { citationSources, type CitationSources, type SourceResolver } from './citationSources'
import { parseCitationLine, type CitationLine } from './parseCitationLine'

type Node = { type: string; children?: Node[]; text?: string; [key: string]: unknown }
type State = { root: Node & { children: Node[] } }

export type { SourceResolver } from './citationSources'

/** Where a node that is not a quotation goes (by default onto the output as it is). */
export type PassOn = (node: Node, output: Node[]) => Promise<void>

export type RecognizedQuotations = { state: State; quotations: number; warnings: string[] }

const textOf = (node: Node): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''))

// "… last words. (p. 216)" — a citation in parentheses closing a paragraph.
const TRAILING_CITATION = /\s*(\([^()]{1,300}\))\s*$/
// A paragraph that is one quotation in curly quotes, with its citation after it.
const QUOTED_PARAGRAPH = /^\s*“([\s\S]+)”\s*(\([^()]{1,300}\))\s*$/
// A paragraph that is one quotation in curly quotes and nothing else (its citation line follows).
const WHOLLY_QUOTED = /^\s*“([\s\S]+)”\s*$/
// A paragraph that is nothing but one parenthetical: where a citation line stands.
const PARENTHETICAL_LINE = /^\s*\([^()]{1,300}\)\.?\s*$/

const paragraph = (children: Node[]): Node => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children })
const textNode = (text: string): Node => ({ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 })

/** Whether curly double quotes inside a quotation's text pair up: “Yes,” she said, “it is.” is two quotations, not one. */
function isOneQuotation(inner: string): boolean {
  let depth = 0
  for (const character of inner) {
    if (character === '“') depth++
    else if (character === '”' && --depth < 0) return false
  }
  return depth === 0
}

/** A paragraph that is one quotation in curly quotes, without them (its words' formatting kept); null when it is not one. */
function unquoted(node: Node): Node | null {
  const children = node.children ?? []
  const first = children[0]
  const last = children.at(-1)
  if (first?.type !== 'text' || last?.type !== 'text' || !children.every((child) => child.type === 'text' || child.type === 'linebreak')) return null
  const match = WHOLLY_QUOTED.exec(textOf(node))
  if (!match || !isOneQuotation(match[1])) return null
  const inner = structuredClone(children)
  inner[0].text = (inner[0].text as string).replace(/^\s*“\s*/, '')
  inner[inner.length - 1].text = (inner[inner.length - 1].text as string).replace(/\s*”\s*$/, '')
  return { ...node, children: inner.filter((child) => child.type !== 'text' || child.text) }
}

/** Drops the last `length` characters of a paragraph's text (the citation that closed it). */
function withoutTrailing(node: Node, length: number): Node {
  const children = structuredClone(node.children ?? [])
  // Inline blocks have no text of their own (a footnote mark after the citation): kept, at the end.
  const kept: Node[] = []
  let remaining = length
  for (let index = children.length - 1; index >= 0 && remaining > 0; index--) {
    const child = children[index]
    const text = textOf(child)
    if (child.type === 'inlineBlock') kept.unshift(...children.splice(index, 1))
    else if (text.length <= remaining) {
      children.splice(index, 1)
      remaining -= text.length
    } else if (typeof child.text === 'string') {
      child.text = child.text.slice(0, child.text.length - remaining).trimEnd()
      remaining = 0
    } else remaining = 0
  }
  return { ...node, children: [...children, ...kept] }
}

/**
 * Block quotations followed by (or ending in) a citation line become Quotation blocks tied to
 * their source: `(S. Alliluyeva: ‘Twenty Letters to a Friend’, p. 216)` names it, a bare
 * `(p. 319)` means the previous citation's source. A paragraph that is one quotation in curly
 * quotes with a citation after it (in the same paragraph or the next) counts as a block quotation. What does not read as a citation,
 * or has no source to refer to, stays as it was, word for word, with a warning.
 * `sources` may be shared with the inline citations, which `passOn` handles in the same reading
 * order, so that a bare locator refers to whichever citation came just before it.
 */
export async function recognizeQuotations(
  state: State,
  sources: SourceResolver | CitationSources,
  label = 'this post',
  passOn: PassOn = async (node, output) => void output.push(node),
): Promise<RecognizedQuotations> {
  const input = state.root.children
  const output: Node[] = []
  const warnings: string[] = []
  const { sourceOf } = typeof sources === 'function' ? citationSources(sources) : sources
  let quotations = 0

  for (let index = 0; index < input.length; index++) {
    const node = input[index]
    let quote: Node[] | null = null
    let citation: CitationLine | null = null
    let citationText = ''
    let consumedNext = false
    // A parenthetical where a quotation's citation stands that parseCitationLine refuses: reported, kept.
    let unread: string | null = null

    if (node.type === 'quote') {
      const inner = (node.children ?? []).some((child) => child.type === 'paragraph') ? [...(node.children ?? [])] : [paragraph(node.children ?? [])]
      const last = inner.at(-1)
      const next = input[index + 1]
      const wholeLast = last ? parseCitationLine(textOf(last)) : null
      const trailing = last ? TRAILING_CITATION.exec(textOf(last)) : null
      if (wholeLast && inner.length > 1) {
        citation = wholeLast
        citationText = textOf(last!)
        quote = inner.slice(0, -1)
      } else if (trailing && parseCitationLine(trailing[1]) && textOf(last!).length > trailing[0].length) {
        citation = parseCitationLine(trailing[1])
        citationText = trailing[1]
        quote = [...inner.slice(0, -1), withoutTrailing(last!, trailing[0].length)]
      } else if (next?.type === 'paragraph' && parseCitationLine(textOf(next))) {
        citation = parseCitationLine(textOf(next))
        citationText = textOf(next)
        quote = inner
        consumedNext = true
      } else if (trailing && !parseCitationLine(trailing[1])) {
        unread = `In ${label}, the “${trailing[1]}” closing a quotation does not read as a citation: kept as text.`
      } else if (next?.type === 'paragraph' && PARENTHETICAL_LINE.test(textOf(next))) {
        unread = `In ${label}, the line “${textOf(next).trim()}” after a quotation does not read as a citation: kept as text.`
      }
    } else if (node.type === 'paragraph') {
      const found = QUOTED_PARAGRAPH.exec(textOf(node))
      const match = found && isOneQuotation(found[1]) ? found : null
      const parsed = match ? parseCitationLine(match[2]) : null
      const next = input[index + 1]
      const quoted = match ? null : unquoted(node)
      if (match && parsed && (node.children ?? []).every((child) => child.type === 'text')) {
        citation = parsed
        citationText = match[2]
        quote = [paragraph([textNode(match[1].trim())])]
      } else if (match && !parsed) {
        unread = `In ${label}, the “${match[2]}” closing a quotation does not read as a citation: kept as text.`
      } else if (quoted && next?.type === 'paragraph' && parseCitationLine(textOf(next))) {
        // The quotation in curly quotes and its citation line as two paragraphs.
        citation = parseCitationLine(textOf(next))
        citationText = textOf(next)
        quote = [quoted]
        consumedNext = true
      } else if (quoted && next?.type === 'paragraph' && PARENTHETICAL_LINE.test(textOf(next))) {
        unread = `In ${label}, the line “${textOf(next).trim()}” after a quotation does not read as a citation: kept as text.`
      }
    }

    if (!quote || !citation) {
      if (unread) warnings.push(unread)
      await passOn(node, output)
      continue
    }
    const source = await sourceOf(citation)
    if (source === null) {
      warnings.push(`In ${label}, the citation “${citationText.trim()}” refers to an earlier source, but none came before it: kept as text.`)
      // Kept whole, its citation line too, so the same citation is not read (and reported) again.
      output.push(node)
      if (consumedNext) output.push(input[++index])
      continue
    }
    quotations++
    output.push({
      type: 'block',
      version: 2,
      format: '',
      fields: {
        id: randomBytes(12).toString('hex'),
        blockName: '',
        blockType: QUOTATION_SLUG,
        quote: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: quote } },
        attribution: null,
        source,
        label: citation.label,
        locator: citation.locator,
      },
    })
    if (consumedNext) index++
  }
  return { state: { ...state, root: { ...state.root, children: output } }, quotations, warnings }
}
