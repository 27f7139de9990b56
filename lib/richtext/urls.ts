/** The only link protocols that reach an href anywhere on the site or in its feeds. */
export const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** An absolute URL on the site for a path, or the URL itself when already absolute. */
export function absoluteUrl(pathOrUrl: string, baseUrl: string): string {
  return new URL(pathOrUrl, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href
}

/** The absolute form of a link if it is http(s), mailto or relative; null for anything else (javascript:, data:, …). */
export function safeHref(value: string, baseUrl: string): string | null {
  try {
    const url = new URL(value.trim(), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}
