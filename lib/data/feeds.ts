import type { Post, Site } from '@/payload-types'
import { serverUrl } from '@/lib/env'

import { PUBLIC_READ, payloadClient } from './payload'

export type FeedSource = { site: Site; baseUrl: string; posts: Post[] }

/** The newest published posts for the site feeds, with what the items show populated. */
export async function getFeedSource(): Promise<FeedSource> {
  const payload = await payloadClient()
  const site = await payload.findGlobal({ ...PUBLIC_READ, slug: 'site', depth: 1 })
  const { docs } = await payload.find({
    ...PUBLIC_READ,
    collection: 'posts',
    where: { _status: { equals: 'published' }, publishedAt: { less_than_equal: new Date().toISOString() } },
    sort: '-publishedAt',
    limit: site.feedItemCount ?? 20,
    depth: 2,
  })
  return { site, baseUrl: (site.baseUrl ?? serverUrl()).replace(/\/+$/, ''), posts: docs }
}
