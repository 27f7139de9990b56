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
