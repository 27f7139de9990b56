import { type CslItem, plugins } from '@citation-js/core'

import type { Source } from '@/payload-types'

import { cslId, sourceToCsl } from './cslItem'
import { cachedFormat, CITATION_LOCALE } from './formatCache'
import { type CitationStyle, registeredStyle } from './styles'

export type OutputFormat = 'html' | 'text'

/** One place a script cites a source, with where in the source (CSL locator and label). */
export type CitationUse = { sourceId: number; locator?: string | null; label?: string | null; prefix?: string | null; suffix?: string | null }

const clean = (entry: string, format: OutputFormat) => (format === 'text' ? entry.trim() : entry.trim().replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, '$1').trim())

const engineFor = (items: CslItem[], style: CitationStyle, format: OutputFormat) =>
  plugins.config.get('@csl').engine(items, registeredStyle(style), CITATION_LOCALE, format)

/** Bibliography entries for any CSL items, in the style's order, each with its item id. */
export function formatCslBibliography(items: CslItem[], style: CitationStyle, format: OutputFormat): { id: string; reference: string }[] {
  if (items.length === 0) return []
  const engine = engineFor(items, style, format)
  engine.updateItems(items.map((item) => item.id))
  const result = engine.makeBibliography()
  if (!result) return []
  const [meta, entries] = result
  return entries.map((entry, index) => ({ id: meta.entry_ids[index][0], reference: clean(entry, format) }))
}


/**
 * Bibliography entries for the sources in the style's own order, each with its source id. Made once
 * per set of sources, style and format (a style may tell two works of one author and year apart,
 * so the set is the key, not each source alone).
 */
export function formatBibliography(sources: Source[], style: CitationStyle, format: OutputFormat): { sourceId: number; reference: string }[] {
  const items = sources.map(sourceToCsl)
  return cachedFormat(['bibliography', style, format, ...items], () => {
    const byCslId = new Map(sources.map((source) => [cslId(source), source.id]))
    return formatCslBibliography(items, style, format).map(({ id, reference }) => ({ sourceId: byCslId.get(id) ?? -1, reference }))
  })
}

/** One source's reference alone, e.g. for its own page. */
export const formatReference = (source: Source, style: CitationStyle, format: OutputFormat): string =>
  formatBibliography([source], style, format)[0]?.reference ?? ''

/**
 * The text of each citation in document order, as notes: each is formatted knowing the ones
 * before it, so the style decides on "Ibid." and short forms for repeated sources.
 */
export function formatNotes(uses: CitationUse[], sources: Source[], style: CitationStyle, format: OutputFormat): string[] {
  if (uses.length === 0) return []
  // Each note depends on those before it: the whole sequence is one entry.
  const useKey = uses.map((use) => [use.sourceId, use.locator ?? '', use.label ?? '', use.prefix ?? '', use.suffix ?? ''].join('\u0001'))
  return cachedFormat(['notes', style, format, ...sources.map(sourceToCsl), '|', ...useKey], () => formatNotesNow(uses, sources, style, format))
}

function formatNotesNow(uses: CitationUse[], sources: Source[], style: CitationStyle, format: OutputFormat): string[] {
  const engine = engineFor(sources.map(sourceToCsl), style, format)
  const citations = uses.map((use, index) => ({
    citationID: `note-${index + 1}`,
    citationItems: [
      {
        id: `source-${use.sourceId}`,
        ...(use.locator?.trim() ? { locator: use.locator.trim(), label: use.label ?? 'page' } : {}),
        ...(use.prefix?.trim() ? { prefix: `${use.prefix.trim()} ` } : {}),
        ...(use.suffix?.trim() ? { suffix: ` ${use.suffix.trim()}` } : {}),
      },
    ],
    properties: { noteIndex: index + 1 },
  }))
  const processed = engine.rebuildProcessorState(citations, format, [])
  const textById = new Map(processed.map(([id, , text]) => [id, text]))
  return citations.map((citation) => textById.get(citation.citationID) ?? '')
}
