import { randomBytes } from 'node:crypto'

import { FOOTNOTE_SLUG, QUOTATION_SLUG } from '@/lib/citations/blockTypes'

import { decodeHtmlText } from './decodeHtmlText'

type Node = { type: string; children?: Node[]; text?: string; fields?: Record<string, unknown>; [key: string]: unknown }
type State = { root: Node & { children: Node[] } }

/** One WordPress 6.3+ footnote as the `footnotes` post meta holds it: `[{"id": "…", "content": "Note <em>html</em>"}]`. */
export type WordPressFootnote = { id: string; content: string }

export type ImportedFootnotes = {
  /** The item's HTML with the footnotes' marks and notes in it (see importFootnotes). */
  html: string
  /** After HTML → Lexical: takes the notes' paragraphs out, so the text ends where the author's did. */
  takeNotes: (state: State) => void
  /** After the other recognisers: each mark becomes a Footnote block holding its note. */
  place: (state: State) => State
  warnings: string[]
}

// Private-use characters never occur in a post and pass through HTML → Lexical as text: they mark
// where a footnote stands (MARK) and which note a paragraph is (NOTE).
const mark = (number: number) => `\uE000${number}\uE001`
const noteStart = (number: number) => `\uE002${number}\uE001`
const MARKS = /\uE000(\d+)\uE001/g
const NOTE_START = /^\uE002(\d+)\uE001/
// WordPress 6.3+ writes each footnote's anchor as <sup data-fn="id" class="fn"><a href="#id" id="id-link">1</a></sup>.
const ANCHOR = /<sup\b[^>]*?\bdata-fn\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/sup>/gi

const textOf = (html: string) => decodeHtmlText(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim()
const shortText = (html: string) => {
  const text = textOf(html)
  return text.length > 40 ? `${text.slice(0, 40).trimEnd()}…` : text
}

/** The `footnotes` meta as a list, or null (with the reason) when it is not one. */
export function readFootnotesMeta(value: string | null | undefined): { footnotes: WordPressFootnote[]; problem: string | null } {
  if (!value?.trim()) return { footnotes: [], problem: null }
  try {
    const parsed: unknown = JSON.parse(value)
    if (!Array.isArray(parsed)) return { footnotes: [], problem: 'is not a list' }
    const footnotes = parsed.filter((entry): entry is WordPressFootnote => typeof entry?.id === 'string' && typeof entry?.content === 'string')
    return { footnotes, problem: footnotes.length === parsed.length ? null : 'has entries without an id and content' }
  } catch (error) {
    return { footnotes: [], problem: `is not JSON (${(error as Error).message})` }
  }
}

/**
 * WordPress 6.3+ footnotes (the `footnotes` post meta and the `<sup data-fn>` anchors in the text)
 * as the post's notes. The notes ride in the item's HTML, after the text, so their links and
 * formatting go through the same rules and converter as the text; each anchor becomes a mark that
 * `place` turns into a Footnote block holding its note (numbered on the page with the citations).
 * Pages, whose editor has no Footnote block (`asBlocks` false), keep superscript numbers and the
 * notes as a numbered list at the end, as WordPress showed them. An anchor with no footnote, or a
 * footnote with no anchor, is kept as text and reported.
 */
export function importFootnotes(html: string, meta: string | null | undefined, { label, asBlocks }: { label: string; asBlocks: boolean }): ImportedFootnotes {
  const warnings: string[] = []
  const { footnotes, problem } = readFootnotesMeta(meta)
  if (problem) warnings.push(`In ${label}, the footnotes (post meta “footnotes”) ${problem}: their marks are kept as text.`)
  const byId = new Map(footnotes.filter((note) => textOf(note.content)).map((note) => [note.id, note]))
  const notes: string[] = []
  const used = new Set<string>()
  const marked = html.replace(ANCHOR, (_anchor, double: string | undefined, single: string | undefined, inner: string) => {
    const footnote = byId.get(double ?? single ?? '')
    if (!footnote) {
      warnings.push(`In ${label}, the footnote mark “${textOf(inner)}” points to no footnote with a text: kept as text.`)
      return `<sup>${inner.replace(/<[^>]*>/g, '')}</sup>`
    }
    used.add(footnote.id)
    notes.push(footnote.content)
    return asBlocks ? mark(notes.length) : `<sup>${notes.length}</sup>`
  })
  const unmarked = footnotes.filter((note) => !used.has(note.id) && textOf(note.content))
  for (const note of unmarked) warnings.push(`In ${label}, the footnote “${shortText(note.content)}” has no mark in the text: kept as a paragraph at the end.`)
  if (!asBlocks && notes.length) warnings.push(`In ${label}, ${notes.length === 1 ? 'the footnote is' : `${notes.length} footnotes are`} kept as a numbered list at the end: pages have no Footnote block.`)
  // Posts: every note as a paragraph of its own, numbered; the unmarked ones after those with a mark.
  const notesHtml = asBlocks
    ? [...notes, ...unmarked.map((note) => note.content)].map((content, index) => `<p>${noteStart(index + 1)}${content}</p>`).join('')
    : (notes.length ? `<ol>${notes.map((content) => `<li>${content}</li>`).join('')}</ol>` : '') + unmarked.map((note) => `<p>${note.content}</p>`).join('')

  const taken = new Map<number, Node>()
  const active = asBlocks && notesHtml !== ''
  return {
    html: `${marked}${notesHtml}`,
    warnings,
    takeNotes: (state) => {
      if (active) takeNoteParagraphs(state.root, taken)
    },
    place: (state) => (active ? placeFootnotes(state, taken, { label, marks: notes.length, warnings }) : state),
  }
}

/** A node's first text, however deep (an unclosed <a> or <em> before it reopens around it). */
const firstText = (node: Node): Node | undefined => (typeof node.text === 'string' ? node : node.children?.length ? firstText(node.children[0]) : undefined)

/** Without its start mark, and without the text node that held nothing else. */
const withoutStart = (node: Node, length: number): Node | null => {
  if (typeof node.text === 'string') return node.text.length > length ? { ...node, text: node.text.slice(length) } : null
  const [head, ...rest] = node.children!
  const trimmed = withoutStart(head, length)
  const children = trimmed ? [trimmed, ...rest] : rest
  return children.length || node.type === 'paragraph' ? { ...node, children } : null
}

/** Removes the notes' paragraphs (wherever the converter put them), keyed by number, their start mark gone. */
function takeNoteParagraphs(parent: Node, taken: Map<number, Node>) {
  parent.children = (parent.children ?? []).filter((node) => {
    const start = node.type === 'paragraph' ? NOTE_START.exec(firstText(node)?.text ?? '') : null
    if (!start) {
      if (node.children) takeNoteParagraphs(node, taken)
      return true
    }
    taken.set(Number(start[1]), withoutStart(node, start[0].length)!)
    return false
  })
}

const footnoteBlock = (paragraph: Node): Node => ({
  type: 'inlineBlock',
  version: 1,
  fields: {
    id: randomBytes(12).toString('hex'),
    blockName: '',
    blockType: FOOTNOTE_SLUG,
    note: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph] } },
  },
})

/**
 * Each mark → a Footnote block. A Quotation's quote cannot hold one: its notes follow the
 * quotation as paragraphs. Notes with no mark (numbered after the `marks` that had one) end the text.
 */
function placeFootnotes(state: State, notes: Map<number, Node>, { label, marks, warnings }: { label: string; marks: number; warnings: string[] }): State {
  const placed = new Set<number>()
  const swap = (nodes: Node[], place: (number: number) => Node[]): Node[] =>
    nodes.flatMap((node) => {
      if (node.children) return [{ ...node, children: swap(node.children, place) }]
      if (typeof node.text !== 'string' || !node.text.includes('\uE000')) return [node]
      const pieces: Node[] = []
      let position = 0
      for (const found of node.text.matchAll(MARKS)) {
        if (found.index > position) pieces.push({ ...node, text: node.text.slice(position, found.index) })
        pieces.push(...place(Number(found[1])))
        position = found.index + found[0].length
      }
      if (position < node.text.length) pieces.push({ ...node, text: node.text.slice(position) })
      return pieces
    })
  const asBlock = (number: number): Node[] => {
    const note = notes.get(number)
    if (!note) {
      warnings.push(`In ${label}, the text of footnote ${number} was lost on the way into the editor: its mark is left out.`)
      return []
    }
    placed.add(number)
    return [footnoteBlock(note)]
  }

  const children = state.root.children.flatMap((node) => {
    const quote = node.type === 'block' && node.fields?.blockType === QUOTATION_SLUG ? (node.fields.quote as State | undefined) : undefined
    if (!quote) return swap([node], asBlock)
    const after: Node[] = []
    const inQuote = (number: number): Node[] => {
      const note = notes.get(number)
      if (note && !placed.has(number)) {
        placed.add(number)
        after.push(note)
        warnings.push(`In ${label}, footnote ${number} is in a quotation, which cannot hold footnotes: its text follows the quotation as a paragraph.`)
      }
      return []
    }
    const fields = { ...node.fields, quote: { ...quote, root: { ...quote.root, children: swap(quote.root.children, inQuote) } } }
    return [{ ...node, fields }, ...after]
  })
  for (const [number, note] of [...notes].sort(([a], [b]) => a - b)) {
    if (placed.has(number)) continue
    // A mark the converter lost (in an image's caption, say); the unmarked notes were reported already.
    if (number <= marks) warnings.push(`In ${label}, footnote ${number} stands where the site cannot show a footnote: kept as a paragraph at the end.`)
    children.push(note)
  }
  return { ...state, root: { ...state.root, children } }
}
