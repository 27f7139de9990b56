// @ts-check
// Plain JS: loaded by the cache handler, which Next loads by path outside the TypeScript build.
import { cachedPagePolicy } from '../../http/contentSecurityPolicy.mjs'

/**
 * Gives a page being cached its Content-Security-Policy, with the hashes of the inline scripts it
 * was rendered with (lib/http/contentSecurityPolicy.mjs says why hashes). Next sends a cached
 * page's stored headers with every response made from it, and the first response too: it stores
 * the entry (awaiting this handler) before serving it, and serves the same value object, so the
 * header is added to that object here rather than to a copy.
 * @param {import('./entrySize.mjs').CacheValue} value
 */
export function withPagePolicy(value) {
  if (value.kind !== 'APP_PAGE' || typeof value.html !== 'string' || !value.html) return
  const headers = /** @type {Record<string, unknown>} */ (value.headers ??= {})
  headers['content-security-policy'] = cachedPagePolicy(value.html)
}
