/** The only link protocols that reach an href anywhere on the site or in its feeds. */
export const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** An absolute URL on the site for a path, or the URL itself when already absolute. */
export function absoluteUrl(pathOrUrl: string, baseUrl: string): string {
  return new URL(pathOrUrl, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href
}

/**
 * Why a link address cannot be saved, or null when it can: a path on this site (`/…`, `#…`, `?…`)
 * or a full http(s)/mailto address. Browsers drop tabs and line breaks from an address and read
 * `\` as `/`, so `/\evil.example` and `/<TAB>/evil.example` are other sites, not paths here.
 */
export function linkUrlProblem(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim()
  if (!value) return null
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'A link address cannot contain tabs, line breaks or other control characters.'
  if (value.includes('\\')) return 'A link address uses / and never \\ (browsers read \\ as /, which can point it at another site).'
  if (value.startsWith('//')) return 'An address starting with // leaves the site: write it in full, with https://.'
  if (/^[/#?]/.test(value)) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `“${value}” is neither a full address (https://…) nor a path on this site (/…).`
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? null : `Links may only be https://, http:// or mailto: addresses or paths on this site, not ${url.protocol}`
}

/** The absolute form of a link if it is http(s), mailto or relative; null for anything else (javascript:, data:, /\host, …). */
export function safeHref(value: string, baseUrl: string): string | null {
  if (linkUrlProblem(value)) return null
  try {
    const url = new URL(value.trim(), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}
