import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Post, Source } from '@/payload-types'

import { extractCitations } from './extractCitations'
import { formatBibliography, formatNotes, type OutputFormat } from './formatCitations'
import type { CitationStyle } from './styleList'

export type CitationMark = { number: number; refId: string; noteText: string; sourceId: number; sourceUrl: string | null }

export type Note = { number: number; sourceId: number; uses: { refId: string; text: string }[] }

export type BibliographyEntry = { source: Source; reference: string; annotation: string | null }

/** A script's scholarly apparatus: numbered citation marks, the notes they point to, and the Sources section. */
export type Apparatus = { marks: Map<string, CitationMark>; notes: Note[]; bibliography: BibliographyEntry[] }

const populated = (value: number | Source | null | undefined): Source | null => (typeof value === 'object' && value ? value : null)

/** The sources a post's data carries (cited and listed), as documents; needs the post read with depth ≥ 1. */
export const postSourceDocs = (post: Pick<Post, 'citedSources' | 'sources'>): Source[] => {
  const byId = new Map<number, Source>()
  for (const source of [...(post.citedSources ?? []).map(populated), ...(post.sources ?? []).map((row) => populated(row.source))]) {
    if (source) byId.set(source.id, source)
  }
  return [...byId.values()]
}

/**
 * Numbers citations by their source's first appearance (a source cited again keeps its number,
 * with its own locator), formats each use as a note in the site's style, and builds the Sources
 * section from every cited or listed source with the author's annotations.
 */
export function buildApparatus(
  post: Pick<Post, 'content' | 'citedSources' | 'sources'>,
  style: CitationStyle,
  format: OutputFormat,
): Apparatus {
  const sources = postSourceDocs(post)
  const byId = new Map(sources.map((source) => [source.id, source]))
  const uses = extractCitations(post.content as SerializedEditorState).filter((use) => byId.has(use.sourceId))
  const texts = formatNotes(uses, sources, style, format)

  const numbers = new Map<number, number>()
  const marks = new Map<string, CitationMark>()
  const notes: Note[] = []
  uses.forEach((use, index) => {
    let number = numbers.get(use.sourceId)
    if (number === undefined) {
      number = numbers.size + 1
      numbers.set(use.sourceId, number)
      notes.push({ number, sourceId: use.sourceId, uses: [] })
    }
    const refId = `ref-${use.blockId}`
    marks.set(use.blockId, { number, refId, noteText: texts[index], sourceId: use.sourceId, sourceUrl: byId.get(use.sourceId)?.url ?? null })
    notes[number - 1].uses.push({ refId, text: texts[index] })
  })

  const annotations = new Map((post.sources ?? []).map((row) => [populated(row.source)?.id ?? -1, row.annotation?.trim() || null]))
  const bibliography = formatBibliography(sources, style, format).flatMap(({ sourceId, reference }) => {
    const source = byId.get(sourceId)
    return source ? [{ source, reference, annotation: annotations.get(sourceId) ?? null }] : []
  })
  return { marks, notes, bibliography }
}
