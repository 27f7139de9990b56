import type { CollectionBeforeChangeHook } from 'payload'

import type { Post } from '@/payload-types'
import { plainText } from '@/lib/richtext/plainText'

/** The text full-text search indexes besides title and excerpt: the script, then its sources' titles and authors. */
export const setSearchText: CollectionBeforeChangeHook<Post> = async ({ data, originalDoc, req }) => {
  const content = data.content ?? originalDoc?.content
  const ids = (data.citedSources ?? []).map((value) => (typeof value === 'object' ? value.id : value))
  const { docs: sources } = ids.length
    ? await req.payload.find({ collection: 'sources', where: { id: { in: ids } }, pagination: false, depth: 0, select: { title: true, authors: true }, req })
    : { docs: [] }
  const sourceText = sources.map((source) => [source.title, ...(source.authors ?? []).map((author) => [author.given, author.family, author.literal].filter(Boolean).join(' '))].join(' '))
  return { ...data, searchText: [plainText(content), ...sourceText].join('\n') }
}
