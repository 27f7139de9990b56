// @ts-check
// Plain JS: Next loads the cache handler by its path at run time, outside the TypeScript build.

/** An entry's value as Next hands it over (next/dist/server/response-cache/types.d.ts, IncrementalCacheValue). */
/** @typedef {{ kind: string, [field: string]: unknown }} CacheValue */

/** Length of a string or Buffer field; 0 when absent. */
const lengthOf = (/** @type {unknown} */ field) => (typeof field === 'string' || field instanceof Uint8Array ? field.length : 0)

/**
 * Roughly how many bytes an entry holds, for the cache's memory bound: the bodies of a page (HTML,
 * RSC payload, prefetch segments) or a route, or the JSON of a data entry. The same measure as
 * Next's own memory cache (next/dist/server/lib/incremental-cache/memory-cache.external.js).
 * @param {string} key
 * @param {CacheValue | null} value
 */
export function entrySize(key, value) {
  if (!value) return key.length + 25
  switch (value.kind) {
    case 'APP_PAGE': {
      let segments = 0
      for (const [path, buffer] of /** @type {Map<string, Buffer> | undefined} */ (value.segmentData) ?? []) segments += path.length + buffer.length
      return key.length + Math.max(1, lengthOf(value.html) + lengthOf(value.rscData) + lengthOf(value.postponed) + segments)
    }
    case 'APP_ROUTE':
      return key.length + lengthOf(value.body)
    case 'FETCH':
      return key.length + JSON.stringify(value.data ?? '').length
    default:
      return key.length + (JSON.stringify(value)?.length ?? 0)
  }
}
