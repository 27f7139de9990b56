import type { FieldHook } from 'payload'

import type { Source } from '@/payload-types'
import { countCitingPostsBatched } from '@/lib/citations/citingPostCounts'

/**
 * Field hooks on the virtual fields, not a collection hook: a field hook knows its depth, so a
 * source populated inside a post (every script page and feed item) costs no extra queries.
 */
const readDirectly = (currentDepth: number | undefined) => (currentDepth ?? 1) <= 1

/**
 * How many published posts cite the source or list it in their SOURCES. Published only, for every
 * reader: the count is public (`/api/sources`), and counting drafts told anyone what a draft cites.
 * The main row holds a published post's published version, so a newer unpublished draft adds nothing.
 * The sources of one read are counted in one statement (lib/citations/citingPostCounts.ts).
 */
export const countCitingPosts: FieldHook<Source, number | undefined> = async ({ data, req, currentDepth }) => {
  if (!readDirectly(currentDepth) || data?.id === undefined) return undefined
  return countCitingPostsBatched(req.payload, req, data.id)
}

/** On a single document: other sources with the same authors, title and year, for the admin's duplicate warning. */
export const findPossibleDuplicates: FieldHook<Source, Source['possibleDuplicates']> = async ({ data, req, currentDepth, findMany }) => {
  if (findMany || !readDirectly(currentDepth) || !data?.dedupeKey || data.id === undefined) return undefined
  const { docs } = await req.payload.find({
    collection: 'sources',
    where: { and: [{ dedupeKey: { equals: data.dedupeKey } }, { id: { not_equals: data.id } }] },
    limit: 5,
    // Only the few there are: no count query besides (this runs on every read of one source).
    pagination: false,
    depth: 0,
    select: { title: true },
    req,
  })
  return docs.map((other) => ({ sourceId: other.id, title: other.title }))
}
