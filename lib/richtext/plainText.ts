import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { isFootnote } from '@/lib/citations/extractNotes'

import { type LexicalNodeLike, nodeText, rootChildren, walkNodes } from './lexicalNodes'

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])

/** The document's readable text, one line per block, quotations' text included, then its footnotes' text (where readers meet it). */
export function plainText(state: SerializedEditorState | null | undefined): string {
  const lines: string[] = []
  const notes: string[] = []
  const visit = (nodes: LexicalNodeLike[]) => {
    for (const node of nodes) {
      const quote = node.type === 'block' ? (node.fields?.quote as SerializedEditorState | undefined) : undefined
      if (quote) lines.push(plainText(quote))
      else if (node.type === 'list') visit(node.children ?? [])
      // A table reads row by row, its cells side by side.
      else if (node.type === 'table') for (const row of node.children ?? []) lines.push((row.children ?? []).map(nodeText).join(' | '))
      else if (BLOCK_TYPES.has(node.type)) lines.push(nodeText(node))
      // A list's footnotes are found in its items (visited above).
      if (node.type !== 'list') {
        for (const { node: inner } of walkNodes(node.children ?? [])) if (isFootnote(inner)) notes.push(plainText(inner.fields?.note as SerializedEditorState | undefined))
      }
    }
  }
  visit(rootChildren(state))
  return [...lines, ...notes].filter((line) => line.trim()).join('\n')
}

const WORDS_PER_MINUTE = 230

/** Minutes to read the text at an adult's silent reading pace, at least 1. */
export const readingMinutes = (text: string) => Math.max(1, Math.round(text.split(/\s+/).filter(Boolean).length / WORDS_PER_MINUTE))
