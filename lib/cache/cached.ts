// '.js': scripts run as ESM, and next has no exports map for this subpath.
import { unstable_cache } from 'next/cache.js'

import { CACHE_TAGS } from './cacheTags'
import { singleFlight } from './singleFlight'

/**
 * Seconds after which a cached body is made again even if no change dropped it: what no hook can
 * announce (a future-dated post whose time has come, a scheduled publish run by the job queue).
 */
const INTERVAL_SECONDS = 60

/** The interval a moment falls in: part of every key, so an entry is only ever used within its own interval. */
export const intervalOf = (milliseconds: number) => Math.floor(milliseconds / (INTERVAL_SECONDS * 1000))

/**
 * Produces a value once and keeps it in Next's data cache (the configured cache handler, so
 * several instances can share it) under `key`, until one of `tags` is revalidated
 * (lib/cache/invalidationPolicy.ts) or the interval passes. The value must survive JSON. For what
 * is not a page (feeds, the sitemap): their routes stay dynamic, so each request is still answered
 * with its own conditional response (304) from the cached body.
 *
 * Why the interval is in the key rather than unstable_cache's `revalidate`: an entry past its
 * `revalidate` is "stale", and Next answers every request for it with the old value while each of
 * them makes it again and stores it, a 0.9 MB feed JSON-encoded once per request; under a feed
 * reader's load (~150 requests a second) that took the server past its 1 GB heap within seconds
 * (`npm run bench -- --only RSS --seconds 80`). A new interval is a new key, a plain miss: the
 * first request makes it, and the requests meanwhile wait for that one (singleFlight). Entries
 * expire after two intervals, when no request can ask for them any more.
 */
export async function cached<T>(key: string[], tags: string[], produce: () => Promise<T>): Promise<T> {
  const keyParts = [...key, `interval-${intervalOf(Date.now())}`]
  return singleFlight(JSON.stringify(keyParts), async () => {
    try {
      return await unstable_cache(produce, keyParts, { tags: [CACHE_TAGS.everything, ...tags], revalidate: 2 * INTERVAL_SECONDS })()
    } catch (error) {
      // Outside a Next server (command-line scripts, tests) there is no cache to keep it in.
      if (error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing')) return produce()
      throw error
    }
  })
}
