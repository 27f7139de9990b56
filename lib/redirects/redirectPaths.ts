/**
 * The address forms a redirect accepts. A redirect's `from` is a path of this site (what a reader's
 * old link asks for); its custom `to` is a path of this site or an http(s) URL.
 */
type Result = { ok: true; value: string } | { ok: false; reason: string }

// WordPress's plain permalinks (?p=12, ?page_id=7, ?attachment_id=3, ?cat=4, ?tag=slug): the one
// kind of query an old address keeps, since on WordPress it names the page.
const WORDPRESS_QUERY = /^\?(?:p|page_id|attachment_id|cat)=\d+$|^\?tag=[\w-]+$/

// Routes of the app itself: a redirect there would hide the admin or the API.
const RESERVED_PREFIXES = ['/admin', '/api', '/_next']

const isReserved = (path: string) => RESERVED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))

/**
 * `from` as stored: a path with one leading slash and no trailing slash (Next answers `/x/` with
 * a redirect to `/x` before any route runs), percent-encoded as browsers send it. A full URL on
 * one of `origins` (the site's own) is reduced to its path.
 */
export function normalizeRedirectFrom(input: string, origins: string[] = []): Result {
  let raw = input.trim()
  if (!raw) return { ok: false, reason: 'Enter the old address, e.g. /2019/05/my-old-post or /posts/old-slug.' }
  const origin = origins.map((entry) => entry.replace(/\/+$/, '')).find((entry) => raw.toLowerCase().startsWith(entry.toLowerCase()))
  if (origin) raw = raw.slice(origin.length) || '/'
  if (/^[a-z][a-z\d+.-]*:/i.test(raw) || raw.startsWith('//') || raw.startsWith('/\\'))
    return { ok: false, reason: `"${input}" is not an address on this site; enter its path, e.g. /posts/old-slug.` }
  const query = raw.indexOf('?')
  if (query >= 0 && !raw.includes('#') && WORDPRESS_QUERY.test(raw.slice(query)) && /^\/*$/.test(raw.slice(0, query))) {
    return { ok: true, value: `/${raw.slice(query)}` }
  }
  if (raw.includes('?') || raw.includes('#')) {
    return { ok: false, reason: `Enter only the path, without "?…" or "#…" (got "${input}"); of queries only WordPress's /?p=<id> forms can be redirected.` }
  }
  if (/[\s\\]/.test(raw)) return { ok: false, reason: `An address cannot contain spaces or backslashes (got "${input}").` }
  let path = `/${raw.replace(/^\/+/, '')}`.replace(/\/+$/, '')
  if (path === '') return { ok: false, reason: 'The home page cannot be redirected.' }
  try {
    path = encodeURI(decodeURI(path))
  } catch {
    return { ok: false, reason: `"${input}" has a broken %-escape.` }
  }
  if (isReserved(path)) return { ok: false, reason: `${path} belongs to the admin or the API and cannot be redirected.` }
  return { ok: true, value: path }
}

/** A custom target: a path of this site (never `//host` or `/\host`, which browsers treat as another host) or an http(s) URL. */
export function validateRedirectUrl(input: string): Result {
  const value = input.trim()
  if (!value) return { ok: false, reason: 'Enter where the old address should lead: a path such as /posts/new-slug, or an https:// URL.' }
  if (value.startsWith('/')) {
    if (/^\/[/\\]/.test(value) || /[\s\\]/.test(value)) return { ok: false, reason: `"${value}" is not a path on this site.` }
    return { ok: true, value }
  }
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return { ok: true, value: url.href }
    return { ok: false, reason: `Only paths on this site and http:// or https:// URLs can be redirect targets (got "${url.protocol}").` }
  } catch {
    return { ok: false, reason: `"${value}" is neither a path on this site (starting with /) nor a full http(s) URL.` }
  }
}
