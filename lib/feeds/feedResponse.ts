import { createHash } from 'node:crypto'

import { getFeedSource, type FeedScope } from '@/lib/data/feeds'

import type { FeedFormat } from './buildFeeds'
import { FEED_CONTENT_TYPES, renderFeed } from './renderFeed'

/** Feed readers poll: shared caches may keep a copy for five minutes and must then revalidate. */
const CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=60'

/** Renders a feed and answers with conditional-GET support (ETag / Last-Modified → 304). */
export async function feedResponse(request: Request, format: FeedFormat, scope: FeedScope = { kind: 'site' }): Promise<Response> {
  const source = await getFeedSource(scope)
  if (!source) return Response.json({ errors: [{ message: `There is no ${scope.kind} with this address.` }] }, { status: 404 })
  const body = renderFeed(source, format)
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
  const newest = Math.max(0, ...source.posts.map((post) => Date.parse(post.updatedAt)), Date.parse(source.site.updatedAt ?? '') || 0)
  const lastModified = new Date(Math.floor(newest / 1000) * 1000)
  const headers = {
    'Content-Type': FEED_CONTENT_TYPES[format],
    'Cache-Control': CACHE_CONTROL,
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '')
  const notModified = ifNoneMatch
    ? ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')
    : !Number.isNaN(ifModifiedSince) && lastModified.getTime() <= ifModifiedSince
  if (notModified) return new Response(null, { status: 304, headers })
  return new Response(body, { status: 200, headers })
}
