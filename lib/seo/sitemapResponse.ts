import { cached } from '@/lib/cache/cached'
import { cachedDocument } from '@/lib/cache/cachedDocument'
import { CACHE_TAGS } from '@/lib/cache/cacheTags'
import { getSite, siteBaseUrl } from '@/lib/data/site'
import { getSitemap } from '@/lib/data/sitemap'
import { conditionalResponse, notFoundResponse } from '@/lib/http/conditionalResponse'
import { absoluteUrl } from '@/lib/richtext/urls'

import { splitSitemap } from './sitemapFiles'
import { sitemapIndexXml, urlsetXml } from './sitemapXml'

const CONTENT_TYPE = 'application/xml; charset=utf-8'

/** The sitemap's addresses, listed once and kept until a change drops them. */
const sitemapEntries = () => cached(['sitemap'], [CACHE_TAGS.sitemap], getSitemap)

/**
 * File 0 is `/sitemap.xml` (the sitemap, or the index of its files once it is split), n ≥ 1 is
 * `/sitemaps/<n>.xml`: each written once and then served from the cache like the feeds (bytes
 * kept with their ETag, lib/cache/cachedDocument.ts), until a change drops the sitemap's tag.
 * `/sitemap.xml` carries how many numbered files there are, beside its ETag in the cache's small
 * pointer, so a file's request is checked without reading the list of addresses.
 */
function sitemapDocument(file: number) {
  return cachedDocument(['sitemap-xml', String(file)], [CACHE_TAGS.sitemap], async () => {
    const split = splitSitemap(await sitemapEntries())
    if (file === 0 && split.kind === 'urlset') return { body: urlsetXml(split.entries), files: 0 }
    if (file === 0 && split.kind === 'index') {
      const baseUrl = siteBaseUrl(await getSite())
      return { body: sitemapIndexXml(split.files.map(({ path, lastModified }) => ({ url: absoluteUrl(path, baseUrl), lastModified }))), files: split.files.length }
    }
    if (split.kind === 'urlset' || file > split.parts.length) return null
    return { body: urlsetXml(split.parts[file - 1]), files: split.parts.length }
  })
}

/** `/sitemap.xml` (file 0) or one of its files, with conditional GET (ETag → 304); null or a file past the last is a 404. */
export async function sitemapResponse(request: Request, file: number | null): Promise<Response> {
  // A number past the last is refused before it is looked up: each would leave entries in the cache.
  const exists = file === 0 || (file !== null && file <= ((await sitemapDocument(0))?.files ?? 0))
  const document = exists ? await sitemapDocument(file) : null
  if (!document) return notFoundResponse('There is no sitemap file with this address.')
  return conditionalResponse(request, document, { contentType: CONTENT_TYPE })
}
