import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { type LexicalNodeLike, rootChildren, walkNodes } from '@/lib/richtext/lexicalNodes'

import { FOOTNOTE_SLUG } from './blockTypes'
import { citationOf, type ScriptCitation } from './extractCitations'

/** A footnote in a script: the block's own id and the note's rich text. */
export type ScriptFootnote = { kind: 'footnote'; blockId: string; note: SerializedEditorState }

/** Whatever puts a number on the page: a citation, a quotation or a footnote. */
export type ScriptNote = ScriptCitation | ScriptFootnote

export const isFootnote = (node: LexicalNodeLike) => node.type === 'inlineBlock' && node.fields?.blockType === FOOTNOTE_SLUG

const noteOf = (node: LexicalNodeLike): SerializedEditorState | null => {
  const note = node.fields?.note as SerializedEditorState | null | undefined
  return note?.root ? note : null
}

/** Citations and quotations that name a source, and footnotes that have a note, in the order a reader meets them. */
export function extractNotes(content: SerializedEditorState | null | undefined): ScriptNote[] {
  const found: ScriptNote[] = []
  let citations = 0
  for (const { node } of walkNodes(rootChildren(content))) {
    const note = isFootnote(node) ? noteOf(node) : null
    if (note) found.push({ kind: 'footnote', blockId: String(node.fields?.id ?? `footnote-${found.length}`), note })
    const use = citationOf(node, citations)
    if (use) {
      found.push(use)
      citations++
    }
  }
  return found
}
