/** One address in a sitemap: absolute, with its last change when known (ISO 8601). */
export type SitemapEntry = { url: string; lastModified?: string }

/** One file of a sitemap index: its path on this site and the newest change among its addresses. */
export type SitemapFile = { path: string; lastModified?: string }

/**
 * Addresses per sitemap file. The protocol allows 50,000 (and 50 MB); a file of 10,000 was 1.28 MB,
 * served at a third of a script page's rate (`npm run bench -- --posts 10000`). 2,000 keep each
 * file near the size of a category page.
 */
export const SITEMAP_FILE_SIZE = 2000

/** Where the nth file (from 1) of a split sitemap is served. */
export const sitemapFilePath = (file: number) => `/sitemaps/${file}.xml`

/** The file number in a `/sitemaps/<n>.xml` address's last segment, or null for anything else. */
export function sitemapFileNumber(segment: string): number | null {
  const match = /^([1-9]\d{0,5})\.xml$/.exec(segment)
  return match ? Number(match[1]) : null
}

/** How many numbered files a sitemap of `entries` addresses has: none while it fits in one. */
export const sitemapFileCount = (entries: number, size = SITEMAP_FILE_SIZE) => (entries <= size ? 0 : Math.ceil(entries / size))

/**
 * What `/sitemap.xml` is: the sitemap itself while its addresses fit in one file, else an index of
 * files of `size` addresses each (`files[n - 1]` is `/sitemaps/<n>.xml`).
 */
export function splitSitemap(entries: SitemapEntry[], size = SITEMAP_FILE_SIZE): { kind: 'urlset'; entries: SitemapEntry[] } | { kind: 'index'; files: SitemapFile[]; parts: SitemapEntry[][] } {
  const count = sitemapFileCount(entries.length, size)
  if (count === 0) return { kind: 'urlset', entries }
  const parts = Array.from({ length: count }, (_, index) => entries.slice(index * size, (index + 1) * size))
  const files = parts.map((part, index) => {
    // ISO 8601 in UTC sorts as text.
    const newest = part.map((entry) => entry.lastModified).filter((date): date is string => Boolean(date)).sort().at(-1)
    return { path: sitemapFilePath(index + 1), ...(newest ? { lastModified: newest } : {}) }
  })
  return { kind: 'index', files, parts }
}
