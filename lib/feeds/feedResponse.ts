import { getFeedSource, type FeedScope } from '@/lib/data/feeds'
import { conditionalResponse, notFoundResponse } from '@/lib/http/conditionalResponse'

import type { FeedFormat } from './buildFeeds'
import { FEED_CONTENT_TYPES, renderFeed } from './renderFeed'

/** Renders a feed and answers with conditional-GET support (ETag / Last-Modified → 304). */
export async function feedResponse(request: Request, format: FeedFormat, scope: FeedScope = { kind: 'site' }): Promise<Response> {
  const source = await getFeedSource(scope)
  if (!source) return notFoundResponse(`There is no ${scope.kind} with this address.`)
  const newest = Math.max(0, ...source.posts.map((post) => Date.parse(post.updatedAt)), Date.parse(source.site.updatedAt ?? '') || 0)
  // HTTP dates have whole seconds; comparing If-Modified-Since needs the same precision.
  const lastModified = new Date(Math.floor(newest / 1000) * 1000)
  return conditionalResponse(request, renderFeed(source, format), { contentType: FEED_CONTENT_TYPES[format], lastModified })
}
