import type { Payload, PayloadRequest } from 'payload'

import { normalise } from '@/lib/citations/sourceKeys'

import { tally, type ImportReport } from './importReport'


/** "S. Alliluyeva" → family Alliluyeva, given S.; "Plato" → family Plato. */
export function splitAuthor(author: string): { family: string; given: string | null } {
  const parts = author.trim().split(/\s+/)
  const family = parts.pop() ?? ''
  return { family, given: parts.length ? parts.join(' ') : null }
}

const key = (family: string, title: string) => `${normalise(family)}|${normalise(title)}`

/**
 * Finds the source a citation line names (normalised surname + title, whatever the case, accents
 * or punctuation) among the site's sources and those this import created, or creates it.
 */
export async function sourceResolver(payload: Payload, req: PayloadRequest, report: ImportReport) {
  const known = new Map<string, number>()
  const { docs } = await payload.find({ collection: 'sources', pagination: false, depth: 0, select: { title: true, authors: true }, overrideAccess: true, req })
  for (const source of docs) for (const author of source.authors ?? []) known.set(key(author.family || author.literal || '', source.title ?? ''), source.id)
  return async (author: string, title: string): Promise<number> => {
    const { family, given } = splitAuthor(author)
    const existing = known.get(key(family, title))
    if (existing !== undefined) return existing
    const created = await payload.create({
      collection: 'sources',
      data: { type: 'book', title, authors: [{ family, given }], note: `Created by the WordPress import from the citation “${author}: ${title}”.` },
      overrideAccess: true,
      req,
      context: req.context,
    })
    tally(report, 'sources', 'created')
    known.set(key(family, title), created.id)
    return created.id
  }
}
