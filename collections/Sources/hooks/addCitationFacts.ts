import type { CollectionAfterReadHook } from 'payload'

import type { Source } from '@/payload-types'

/**
 * Adds how many posts cite the source (every read) and, on a single document, the other sources
 * with the same authors, title and year, so the admin can warn about a likely duplicate.
 */
export const addCitationFacts: CollectionAfterReadHook<Source> = async ({ doc, req, findMany }) => {
  const { totalDocs } = await req.payload.count({ collection: 'posts', where: { citedSources: { in: [doc.id] } }, req })
  const facts: Partial<Source> = { citationCount: totalDocs }
  if (!findMany && doc.dedupeKey) {
    const { docs } = await req.payload.find({
      collection: 'sources',
      where: { and: [{ dedupeKey: { equals: doc.dedupeKey } }, { id: { not_equals: doc.id } }] },
      limit: 5,
      depth: 0,
      select: { title: true, slug: true },
      req,
    })
    facts.possibleDuplicates = docs.map((other) => ({ sourceId: other.id, title: other.title }))
  }
  return { ...doc, ...facts }
}
