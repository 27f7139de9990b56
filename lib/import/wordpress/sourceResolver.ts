import type { Payload, PayloadRequest } from 'payload'

import { normalise } from '@/lib/citations/sourceKeys'

import { tally, type ImportReport } from './importReport'
import type { SourceResolver } from './recognizeQuotations'


/** "S. Alliluyeva" → family Alliluyeva, given S.; "Plato" → family Plato. */
export function splitAuthor(author: string): { family: string; given: string | null } {
  const parts = author.trim().split(/\s+/)
  const family = parts.pop() ?? ''
  return { family, given: parts.length ? parts.join(' ') : null }
}

const key = (family: string, title: string) => `${normalise(family)}|${normalise(title)}`

/** Finds or creates the source an author and title name; and keeps a source's address. */
export type SourceLookup = SourceResolver & {
  /** Sets the source's URL unless it has one (the first SOURCES list naming an address wins). */
  keepUrl: (source: number, url: string) => Promise<void>
}

/**
 * Finds the source a citation line names (normalised surname + title, whatever the case, accents
 * or punctuation) among the site's sources and those this import created, or creates it. Which
 * sources have a URL is read with them once, so SOURCES lists cost no query per entry. Calls may
 * overlap (the next item is converted while one is saved): each source is still created once.
 */
export async function sourceResolver(payload: Payload, req: PayloadRequest, report: ImportReport): Promise<SourceLookup> {
  const known = new Map<string, number | Promise<number>>()
  const withUrl = new Map<number, Promise<void> | true>()
  const { docs } = await payload.find({ collection: 'sources', pagination: false, depth: 0, select: { title: true, authors: true, url: true }, overrideAccess: true, req })
  for (const source of docs) {
    for (const author of source.authors ?? []) known.set(key(author.family || author.literal || '', source.title ?? ''), source.id)
    if (source.url) withUrl.set(source.id, true)
  }
  const create = async (family: string, given: string | null, author: string, title: string): Promise<number> => {
    const created = await payload.create({
      collection: 'sources',
      data: { type: 'book', title, authors: [{ family, given }], note: `Created by the WordPress import from the citation “${author}: ${title}”.` },
      overrideAccess: true,
      req,
      context: req.context,
      select: { title: true },
    })
    tally(report, 'sources', 'created')
    return created.id
  }
  const resolve = async (author: string, title: string): Promise<number> => {
    const { family, given } = splitAuthor(author)
    const existing = known.get(key(family, title))
    if (existing !== undefined) return existing
    const creating = create(family, given, author, title)
    known.set(key(family, title), creating)
    return creating
  }
  const keepUrl = async (source: number, url: string) => {
    const kept = withUrl.get(source)
    if (kept) return kept === true ? undefined : kept
    const updating = payload.update({ collection: 'sources', id: source, data: { url }, overrideAccess: true, req, context: req.context, select: { url: true } }).then(() => undefined)
    withUrl.set(source, updating)
    return updating
  }
  return Object.assign(resolve, { keepUrl })
}
