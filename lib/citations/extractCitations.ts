import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { type LexicalNodeLike, rootChildren, walkNodes } from '@/lib/richtext/lexicalNodes'

import { CITATION_SLUG, QUOTATION_SLUG } from './blockTypes'
import type { CitationUse } from './formatCitations'

/** A citation or quotation in a script, in reading order; `blockId` is the block's own id. */
export type ScriptCitation = CitationUse & { blockId: string; kind: 'citation' | 'quotation' }

const idOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (typeof value === 'object' && value && typeof (value as { id?: unknown }).id === 'number') return (value as { id: number }).id
  return null
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)

/** Every citation and quotation of a script that names a source, in the order a reader meets them. */
export function extractCitations(content: SerializedEditorState | null | undefined): ScriptCitation[] {
  const found: ScriptCitation[] = []
  for (const { node } of walkNodes(rootChildren(content))) {
    const use = citationOf(node, found.length)
    if (use) found.push(use)
  }
  return found
}

/** The citation or quotation a node is, when it names a source; `index` (its place among them) names a block without an id. */
export function citationOf(node: LexicalNodeLike, index: number): ScriptCitation | null {
  const kind = blockKind(node)
  if (!kind) return null
  const fields = node.fields ?? {}
  const sourceId = idOf(fields.source)
  if (sourceId === null) return null
  return {
    kind,
    blockId: String(fields.id ?? `${kind}-${index}`),
    sourceId,
    locator: text(fields.locator),
    label: text(fields.label),
    prefix: text(fields.prefix),
    suffix: text(fields.suffix),
  }
}

function blockKind(node: LexicalNodeLike): ScriptCitation['kind'] | null {
  if (node.type === 'inlineBlock' && node.fields?.blockType === CITATION_SLUG) return 'citation'
  if (node.type === 'block' && node.fields?.blockType === QUOTATION_SLUG) return 'quotation'
  return null
}
