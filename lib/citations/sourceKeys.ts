import type { Source } from '@/payload-types'

/** Lower case, no accents, punctuation as spaces: how source names compare. */
export const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

type KeyFields = Pick<Source, 'authors' | 'title' | 'issued'>

/** Same authors (in any order), title and year ⇒ same key, whatever the case, accents or punctuation. */
export function dedupeKey({ authors, title, issued }: KeyFields): string {
  const names = (authors ?? []).map((author) => normalise(author.literal || author.family || '')).filter(Boolean).sort()
  return [names.join(';'), normalise(title ?? ''), issued?.year ?? ''].join('|')
}

/** How a source is named in pickers: "Bacon — Novum Organum (1620)". */
export function citationLabel({ authors, title, issued }: KeyFields): string {
  const names = (authors ?? []).map((author) => author.literal || author.family).filter(Boolean)
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' & ')
  return `${who ? `${who} — ` : ''}${(title ?? '').trim()}${issued?.year ? ` (${issued.year})` : ''}`
}
