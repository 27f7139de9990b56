import type { CollectionBeforeChangeHook } from 'payload'

import type { Post } from '@/payload-types'
import { extractCitations } from '@/lib/citations/extractCitations'

const idOf = (value: unknown) => (typeof value === 'object' && value ? (value as { id: number }).id : (value as number))

/** Stores which sources the script cites (citations, quotations, SOURCES list), for "cited in" pages and delete protection. */
export const collectCitedSources: CollectionBeforeChangeHook<Post> = ({ data, originalDoc }) => {
  const content = data.content ?? originalDoc?.content
  const listed = (data.sources ?? originalDoc?.sources ?? []).map((row) => idOf(row.source))
  const cited = extractCitations(content).map((use) => use.sourceId)
  return { ...data, citedSources: [...new Set([...cited, ...listed])].filter((id) => typeof id === 'number') }
}
