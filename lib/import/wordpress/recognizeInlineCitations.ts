import { randomBytes } from 'node:crypto'

import { CITATION_SLUG } from '@/lib/citations/blockTypes'

import type { CitationSources } from './citationSources'
import { parseCitationLine } from './parseCitationLine'

type Node = { type: string; children?: Node[]; text?: string; [key: string]: unknown }
type State = { root: Node & { children: Node[] } }

export type InlineCitations = {
  /** Puts a node onto the output with the citations in its running text recognised. */
  passOn: (node: Node, output: Node[]) => Promise<void>
  citations: number
  warnings: string[]
}

export type RecognizedInlineCitations = { state: State; citations: number; warnings: string[] }

const PARENTHETICAL = /\([^()]{1,300}\)/g
// Not running text: a heading is a title, a link's words are the link's, code is quoted as it is.
const NOT_RUNNING_TEXT = new Set(['heading', 'link', 'autolink', 'code'])
const IS_CODE = 16

const isPlainText = (node: Node) => node.type === 'text' && typeof node.text === 'string' && !((Number(node.format) || 0) & IS_CODE)
const isCitation = (node: Node) => node.type === 'inlineBlock' && (node.fields as { blockType?: string } | undefined)?.blockType === CITATION_SLUG

const citationNode = (source: number, label: string, locator: string): Node => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: randomBytes(12).toString('hex'), blockName: '', blockType: CITATION_SLUG, source, label, locator },
})

/** The text nodes of a run cut to the characters [from, to) of their joined text, formatting kept. */
function slice(run: Node[], from: number, to: number): Node[] {
  const pieces: Node[] = []
  let offset = 0
  for (const node of run) {
    const text = node.text as string
    const start = Math.max(from, offset)
    const end = Math.min(to, offset + text.length)
    if (start < end) pieces.push(start === offset && end === offset + text.length ? node : { ...node, text: text.slice(start - offset, end - offset) })
    offset += text.length
  }
  return pieces
}

/**
 * Inline citations in running text (paragraphs, list items, and the quotes that did not become
 * Quotation blocks) become Citation nodes: "as she said (p. 216)." → "as she said", the citation,
 * "." — the space before the parenthesis goes, since the citation shows as a note number on the
 * word it follows. The words around it keep their formatting. A paragraph that is nothing but a
 * citation joins the end of the paragraph before it. A parenthetical that is not a citation is
 * prose and stays; a bare locator with no source before it stays as text, with a warning.
 */
export function inlineCitations(sources: CitationSources, label = 'this post'): InlineCitations {
  const result: InlineCitations = { passOn, citations: 0, warnings: [] }

  async function citeRun(run: Node[]): Promise<Node[]> {
    const whole = run.map((node) => node.text as string).join('')
    const cuts: { start: number; end: number; node: Node }[] = []
    for (const match of whole.matchAll(PARENTHETICAL)) {
      const citation = parseCitationLine(match[0])
      if (!citation) continue
      const source = await sources.sourceOf(citation)
      if (source === null) {
        result.warnings.push(`In ${label}, the citation “${match[0]}” refers to an earlier source, but none came before it: kept as text.`)
        continue
      }
      let start = match.index
      const previousEnd = cuts.at(-1)?.end ?? 0
      while (start > previousEnd && /\s/.test(whole[start - 1])) start--
      cuts.push({ start, end: match.index + match[0].length, node: citationNode(source, citation.label, citation.locator) })
      result.citations++
    }
    if (cuts.length === 0) return run
    const output: Node[] = []
    let from = 0
    for (const cut of cuts) {
      output.push(...slice(run, from, cut.start), cut.node)
      from = cut.end
    }
    return [...output, ...slice(run, from, whole.length)]
  }

  async function cite(node: Node): Promise<Node> {
    if (!node.children || NOT_RUNNING_TEXT.has(node.type)) return node
    const children: Node[] = []
    let run: Node[] = []
    for (const child of node.children) {
      if (isPlainText(child)) {
        run.push(child)
        continue
      }
      children.push(...(await citeRun(run)), await cite(child))
      run = []
    }
    children.push(...(await citeRun(run)))
    const changed = children.length !== node.children.length || children.some((child, index) => child !== node.children![index])
    return changed ? { ...node, children } : node
  }

  async function passOn(node: Node, output: Node[]): Promise<void> {
    const cited = await cite(node)
    const before = output.at(-1)
    const alone = cited !== node && node.type === 'paragraph' ? cited.children!.filter((child) => !(isPlainText(child) && !child.text!.trim())) : []
    if (alone.length === 1 && isCitation(alone[0]) && before?.type === 'paragraph' && before.children?.length) {
      const last = before.children.at(-1)!
      const trimmed = isPlainText(last) ? last.text!.trimEnd() : null
      const kept = trimmed === null ? before.children : [...before.children.slice(0, -1), ...(trimmed ? [{ ...last, text: trimmed }] : [])]
      output[output.length - 1] = { ...before, children: [...kept, alone[0]] }
      return
    }
    output.push(cited)
  }

  return result
}

/** The inline citations of a whole document, on their own (itemContent.ts interleaves them with the quotations). */
export async function recognizeInlineCitations(state: State, sources: CitationSources, label = 'this post'): Promise<RecognizedInlineCitations> {
  const inline = inlineCitations(sources, label)
  const output: Node[] = []
  for (const node of state.root.children) await inline.passOn(node, output)
  return { state: { ...state, root: { ...state.root, children: output } }, citations: inline.citations, warnings: inline.warnings }
}
