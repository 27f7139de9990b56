/**
 * Media files are named after their content (collections/Media/hooks/contentAddressedName.ts):
 * an address never changes its bytes, so browsers and shared caches may keep them for a year
 * without asking again.
 */
export const IMMUTABLE_MEDIA_CACHE_CONTROL = 'public, max-age=31536000, immutable'

export function mediaCacheHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('Cache-Control', IMMUTABLE_MEDIA_CACHE_CONTROL)
  return headers
}
