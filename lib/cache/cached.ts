// '.js': scripts run as ESM, and next has no exports map for this subpath.
import { unstable_cache } from 'next/cache.js'

import { CACHE_TAGS } from './cacheTags'

/**
 * Seconds after which a cached body is made again even if no change dropped it: what no hook can
 * announce (a future-dated post whose time has come, a scheduled publish run by the job queue).
 */
const INTERVAL_SECONDS = 60

/**
 * Produces a value once and keeps it in Next's data cache (the configured cache handler, so
 * several instances can share it) under `key`, until one of `tags` is revalidated
 * (lib/cache/invalidationPolicy.ts) or the interval passes. The value must survive JSON. For what
 * is not a page (feeds, the sitemap): their routes stay dynamic, so each request is still answered
 * with its own conditional response (304) from the cached body.
 */
export async function cached<T>(key: string[], tags: string[], produce: () => Promise<T>): Promise<T> {
  try {
    return await unstable_cache(once(key, produce), key, { tags: [CACHE_TAGS.everything, ...tags], revalidate: INTERVAL_SECONDS })()
  } catch (error) {
    // Outside a Next server (command-line scripts, tests) there is no cache to keep it in.
    if (error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing')) return produce()
    throw error
  }
}

const producing = new Map<string, Promise<unknown>>()

/**
 * One production at a time per key in this process. Once an entry's interval has passed, Next
 * answers with it and makes it again in the background — on every request until the new one is
 * stored: under load (a feed polled ~100 times a second) that was ~100 renders of 20 long posts at
 * once, and the server ran out of memory (`npm run bench`). Requests now share the one under way.
 */
function once<T>(key: string[], produce: () => Promise<T>): () => Promise<T> {
  const id = JSON.stringify(key)
  return () => {
    let running = producing.get(id) as Promise<T> | undefined
    if (!running) {
      running = produce().finally(() => producing.delete(id))
      producing.set(id, running)
    }
    return running
  }
}
