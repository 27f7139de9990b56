import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from '@/lib/slug/slugify'

/**
 * The slug an imported item keeps: WordPress's own when it fits this site's slug rules, else
 * one made from its (decoded) slug or title, else `<kind>-<WordPress id>`. Greek or Cyrillic slugs
 * (percent-encoded in the export) have no ASCII form; their old address still redirects.
 */
export function importSlug(wordpressSlug: string, title: string, fallback: string): string {
  let decoded = wordpressSlug
  try {
    decoded = decodeURIComponent(wordpressSlug)
  } catch {
    // A broken %-escape: use the slug as written.
  }
  if (SLUG_PATTERN.test(decoded) && decoded.length <= SLUG_MAX_LENGTH) return decoded
  return slugify(decoded) || slugify(title) || fallback
}
