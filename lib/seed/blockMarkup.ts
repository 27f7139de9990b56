import { randomBytes } from 'node:crypto'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { CHAPTER_MARKER_SLUG } from '@/lib/chapters/chapterMarker'
import { type LexicalNodeLike, rootChildren } from '@/lib/richtext/lexicalNodes'

const MARKUP = /\s*\{chapter (\d+(?::\d{2}){1,2})\}\s*$/

/**
 * Turns "## Heading {chapter 12:34}" in demo Markdown into the chapter-time inline block the
 * editor inserts, since Payload's Markdown converter has no syntax for inline blocks.
 */
export function applyChapterMarkup<T extends SerializedEditorState>(state: T): T {
  for (const node of rootChildren(state)) {
    if (node.type !== 'heading' || !node.children?.length) continue
    const last = node.children[node.children.length - 1]
    const match = typeof last.text === 'string' ? MARKUP.exec(last.text) : null
    if (!match) continue
    last.text = `${(last.text as string).slice(0, match.index)} `
    const marker: LexicalNodeLike = {
      type: 'inlineBlock',
      version: 1,
      fields: { id: randomBytes(12).toString('hex'), blockName: '', blockType: CHAPTER_MARKER_SLUG, time: match[1] },
    }
    node.children.push(marker)
  }
  return state
}

/** Appends the channel-list block, as the editor stores it, to a demo page. */
export function appendChannelList<T extends SerializedEditorState>(state: T, heading: string): T {
  rootChildren(state).push({
    type: 'block',
    version: 2,
    format: '',
    fields: { id: randomBytes(12).toString('hex'), blockName: '', blockType: 'channelList', heading },
  })
  return state
}

const QUOTATION_MARKUP = /^\{quotation (\S+) (\S+) (\S+)(?: \| (.+))?\}$/
const CITE_MARKUP = /\{cite (\S+) (\S+) (\S+)\}/g

const element = { direction: 'ltr', format: '', indent: 0, version: 1 }
const blockId = () => randomBytes(12).toString('hex')

/**
 * Turns the demo's citation markup into the blocks the editor inserts: "{cite key label locator}"
 * in a paragraph becomes an inline citation; a "{quotation key label locator | attribution}"
 * paragraph followed by a block quote becomes one quotation block. `sourceId` resolves demo keys.
 */
export function applyCitationMarkup<T extends SerializedEditorState>(state: T, sourceId: (key: string) => number): T {
  const children = rootChildren(state)
  for (let index = 0; index < children.length; index++) {
    const node = children[index]
    const text = node.type === 'paragraph' ? (node.children ?? []).map((child) => child.text ?? '').join('') : ''
    const quotation = QUOTATION_MARKUP.exec(text)
    const next = children[index + 1]
    if (quotation && next?.type === 'quote') {
      const [, key, label, locator, attribution] = quotation
      const quote = { root: { type: 'root', ...element, children: [{ type: 'paragraph', ...element, textFormat: 0, textStyle: '', children: next.children ?? [] }] } }
      const fields = { id: blockId(), blockName: '', blockType: 'quotation', quote, attribution: attribution ?? null, source: sourceId(key), label, locator }
      children.splice(index, 2, { type: 'block', version: 2, format: '', fields })
      continue
    }
    if (node.type === 'paragraph' && node.children) node.children = node.children.flatMap((child) => splitCitations(child, sourceId))
  }
  return state
}

function splitCitations(node: LexicalNodeLike, sourceId: (key: string) => number): LexicalNodeLike[] {
  if (node.type !== 'text' || typeof node.text !== 'string' || !node.text.includes('{cite ')) return [node]
  const parts: LexicalNodeLike[] = []
  let last = 0
  for (const match of node.text.matchAll(CITE_MARKUP)) {
    if (match.index > last) parts.push({ ...node, text: node.text.slice(last, match.index) })
    const [, key, label, locator] = match
    parts.push({ type: 'inlineBlock', version: 1, fields: { id: blockId(), blockName: '', blockType: 'citation', source: sourceId(key), label, locator, prefix: null, suffix: null } })
    last = match.index + match[0].length
  }
  if (last < node.text.length) parts.push({ ...node, text: node.text.slice(last) })
  return parts
}
