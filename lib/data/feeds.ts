import type { Where } from 'payload'

import type { Post, Site } from '@/payload-types'
import { publicWhere } from '@/lib/publishing/publicRule'

import { PUBLIC_READ, payloadClient } from './payload'
import { getSite, siteBaseUrl } from './site'
import { POST_FILTER_BY_TERM, type TermKind } from './termScopes'

/** What a feed covers: the whole site, or one category, tag, series or channel. */
export type FeedScope = { kind: 'site' } | { kind: TermKind; slug: string }

export type FeedSource = {
  site: Site
  baseUrl: string
  posts: Post[]
  /** Set for taxonomy and channel feeds: the term's title and its path on the site. */
  scope: { title: string; path: string } | null
}


async function scopeTitle(scope: Exclude<FeedScope, { kind: 'site' }>): Promise<string | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({ ...PUBLIC_READ, collection: scope.kind, where: { slug: { equals: scope.slug } }, limit: 1, depth: 0 })
  const doc = docs[0] as { title?: string; name?: string } | undefined
  return doc ? (doc.title ?? doc.name ?? scope.slug) : null
}

/** The newest published posts for a feed, with what the items show populated; null when the term does not exist. */
export async function getFeedSource(scope: FeedScope = { kind: 'site' }): Promise<FeedSource | null> {
  const payload = await payloadClient()
  const site = await getSite()
  // What is public now (lib/publishing/publicRule.ts), and in the feed's term.
  const where: Where[] = [publicWhere()]
  let scopeInfo: FeedSource['scope'] = null
  if (scope.kind !== 'site') {
    const title = await scopeTitle(scope)
    if (!title) return null
    where.push({ [POST_FILTER_BY_TERM[scope.kind]]: { equals: scope.slug } })
    scopeInfo = { title, path: `/${scope.kind}/${scope.slug}` }
  }
  const { docs } = await payload.find({
    ...PUBLIC_READ,
    collection: 'posts',
    where: { and: where },
    sort: '-publishedAt',
    limit: site.feedItemCount ?? 20,
    depth: 2,
  })
  return { site, baseUrl: siteBaseUrl(site), posts: docs, scope: scopeInfo }
}
