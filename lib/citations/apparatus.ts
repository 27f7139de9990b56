import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Post, Source } from '@/payload-types'

import type { ScriptCitation } from './extractCitations'
import { extractNotes } from './extractNotes'
import { formatBibliography, formatNotes, type OutputFormat } from './formatCitations'
import type { CitationStyle } from './styleList'

/** A numbered superscript on the page: the note it points to and its own id, which the note links back to. */
export type NoteMark = { number: number; refId: string }

export type CitationMark = NoteMark & { noteText: string; sourceId: number; sourceUrl: string | null }

/** A cited source's entry in the Notes: its number and each use of it. */
export type Note = { number: number; sourceId: number; uses: { refId: string; text: string }[] }

/** A footnote's entry in the Notes: its own number, the author's text, and where it stands. */
export type FootnoteNote = { number: number; refId: string; footnote: SerializedEditorState }

/** Any entry of the Notes section. */
export type PageNote = Note | FootnoteNote

export const isFootnoteNote = (note: PageNote): note is FootnoteNote => 'footnote' in note

export type BibliographyEntry = { source: Source; reference: string; annotation: string | null }

/**
 * A script's scholarly apparatus: numbered citation marks and footnote marks (by block id), the
 * notes they point to (`notes` the cited sources' alone, `allNotes` the Notes section: those and
 * the footnotes, in number order), and the Sources section.
 */
export type Apparatus = {
  marks: Map<string, CitationMark>
  footnotes: Map<string, NoteMark>
  notes: Note[]
  allNotes: PageNote[]
  bibliography: BibliographyEntry[]
}

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
 * with its own locator) and footnotes each with a number of its own, in one sequence in reading
 * order; formats each use as a note in the site's style, and builds the Sources section from
 * every cited or listed source with the author's annotations.
 */
export function buildApparatus(
  post: Pick<Post, 'content' | 'citedSources' | 'sources'>,
  style: CitationStyle,
  format: OutputFormat,
): Apparatus {
  const sources = postSourceDocs(post)
  const byId = new Map(sources.map((source) => [source.id, source]))
  const found = extractNotes(post.content as SerializedEditorState).filter((note) => note.kind === 'footnote' || byId.has(note.sourceId))
  const uses = found.filter((note): note is ScriptCitation => note.kind !== 'footnote')
  const texts = formatNotes(uses, sources, style, format)

  const bySource = new Map<number, Note>()
  const marks = new Map<string, CitationMark>()
  const footnotes = new Map<string, NoteMark>()
  const allNotes: PageNote[] = []
  let citation = 0
  for (const use of found) {
    const refId = `ref-${use.blockId}`
    if (use.kind === 'footnote') {
      const number = allNotes.length + 1
      footnotes.set(use.blockId, { number, refId })
      allNotes.push({ number, refId, footnote: use.note })
      continue
    }
    const text = texts[citation++]
    let note = bySource.get(use.sourceId)
    if (!note) {
      note = { number: allNotes.length + 1, sourceId: use.sourceId, uses: [] }
      bySource.set(use.sourceId, note)
      allNotes.push(note)
    }
    marks.set(use.blockId, { number: note.number, refId, noteText: text, sourceId: use.sourceId, sourceUrl: byId.get(use.sourceId)?.url ?? null })
    note.uses.push({ refId, text })
  }

  const annotations = new Map((post.sources ?? []).map((row) => [populated(row.source)?.id ?? -1, row.annotation?.trim() || null]))
  const bibliography = formatBibliography(sources, style, format).flatMap(({ sourceId, reference }) => {
    const source = byId.get(sourceId)
    return source ? [{ source, reference, annotation: annotations.get(sourceId) ?? null }] : []
  })
  return { marks, footnotes, notes: [...bySource.values()], allNotes, bibliography }
}
