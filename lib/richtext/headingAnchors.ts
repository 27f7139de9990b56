import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { slugify } from '@/lib/slug/slugify'

import { type LexicalNodeLike, nodeText, rootChildren } from './lexicalNodes'

export type HeadingNode = LexicalNodeLike & { type: 'heading'; tag: string; anchor: string }

const isHeading = (node: LexicalNodeLike): node is LexicalNodeLike & { tag: string } => node.type === 'heading' && typeof node.tag === 'string'

/**
 * A copy of the document whose top-level headings carry an `anchor` (their text slugified, made
 * unique with -2, -3 …), so that rendering, chapter links and tables of contents agree on ids.
 */
export function withHeadingAnchors(state: SerializedEditorState): SerializedEditorState {
  const used = new Map<string, number>()
  const children = rootChildren(state).map((node) => {
    if (!isHeading(node)) return node
    const base = slugify(nodeText(node)) || 'section'
    const count = (used.get(base) ?? 0) + 1
    used.set(base, count)
    return { ...node, anchor: count === 1 ? base : `${base}-${count}` }
  })
  return { ...state, root: { ...state.root, children } } as SerializedEditorState
}

/** The anchored top-level headings of a document, in order. */
export const anchoredHeadings = (state: SerializedEditorState): HeadingNode[] =>
  rootChildren(withHeadingAnchors(state)).filter((node): node is HeadingNode => isHeading(node) && typeof node.anchor === 'string')
