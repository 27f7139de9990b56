/**
 * Qualified names for WXR elements, whatever prefix and namespace URI the file uses. WordPress
 * writes `http://wordpress.org/export/1.x/`; the theme unit test data writes `https://…`; 1.0, 1.1
 * and 1.2 differ only in the version. Matching on the URI's shape (not the literal string) reads
 * them all.
 */
const NAMESPACES: [RegExp, string][] = [
  [/^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/excerpt\/?$/, 'excerpt'],
  [/^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/?$/, 'wp'],
  [/^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/?$/, 'content'],
  [/^https?:\/\/purl\.org\/dc\/elements\/1\.1\/?$/, 'dc'],
]

/** `wp:post_id`, `content:encoded`, `title` … for an element's namespace URI and local name. */
export function qualifiedName(uri: string, local: string): string {
  if (!uri) return local
  const prefix = NAMESPACES.find(([pattern]) => pattern.test(uri))?.[1]
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`
}

/** The WXR version a `wp` namespace URI names (1.0, 1.1, 1.2), or null for anything else. */
export function wxrNamespaceVersion(uri: string): string | null {
  return /^https?:\/\/wordpress\.org\/export\/(1\.[0-2])\/?$/.exec(uri)?.[1] ?? null
}
