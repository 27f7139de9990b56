import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'
import '@citation-js/plugin-ris'

import type { Source } from '@/payload-types'

import { sourceToCsl } from './cslItem'

export const EXPORT_FORMATS = {
  bib: { contentType: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
  json: { contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON' },
} as const

export type ExportFormat = keyof typeof EXPORT_FORMATS

export const isExportFormat = (value: string): value is ExportFormat => value in EXPORT_FORMATS

/** Sources as a BibTeX, RIS or CSL-JSON file, written by citation-js. */
export function exportSources(sources: Source[], format: ExportFormat): string {
  const cite = new Cite(sources.map(sourceToCsl))
  if (format === 'json') return `${cite.format('data', { format: 'text' })}\n`
  return cite.format(format === 'bib' ? 'bibtex' : 'ris', { format: 'text' })
}
