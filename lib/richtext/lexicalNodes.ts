import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** The parts of a serialized Lexical node this project reads; other properties pass through untouched. */
export type LexicalNodeLike = {
  type: string
  tag?: string
  text?: string
  children?: LexicalNodeLike[]
  fields?: { blockType?: string; [key: string]: unknown }
  [key: string]: unknown
}

export const rootChildren = (state: SerializedEditorState | null | undefined): LexicalNodeLike[] =>
  ((state?.root?.children ?? []) as unknown as LexicalNodeLike[])

/** The text of a node and its descendants, without inline blocks. */
export function nodeText(node: LexicalNodeLike): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return ' '
  return (node.children ?? []).map(nodeText).join('')
}

/** Every node of the document in reading order, each with the top-level block it sits in. */
export function* walkNodes(nodes: LexicalNodeLike[], block?: LexicalNodeLike): Generator<{ node: LexicalNodeLike; block: LexicalNodeLike }> {
  for (const node of nodes) {
    const container = block ?? node
    yield { node, block: container }
    if (node.children) yield* walkNodes(node.children, container)
  }
}
