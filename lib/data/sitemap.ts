import { absoluteUrl } from '@/lib/richtext/urls'
import type { SitemapEntry } from '@/lib/seo/sitemapFiles'

import { PUBLIC_READ, payloadClient } from './payload'
import { getSite, siteBaseUrl } from './site'

type Dated = { slug?: string | null; updatedAt: string }

/** Every public page worth indexing: home, published posts and pages, categories and series, with lastmod. */
export async function getSitemap(): Promise<SitemapEntry[]> {
  const payload = await payloadClient()
  const baseUrl = siteBaseUrl(await getSite())
  const list = async (collection: 'posts' | 'pages' | 'categories' | 'series') =>
    (
      await payload.find({
        ...PUBLIC_READ,
        collection,
        where: collection === 'posts' || collection === 'pages' ? { _status: { equals: 'published' } } : undefined,
        pagination: false,
        // Oldest first: a new document is added at the end of its list (see the order below).
        sort: 'id',
        depth: 0,
        select: { slug: true, updatedAt: true },
      })
    ).docs as Dated[]
  const [posts, pages, categories, series] = await Promise.all([list('posts'), list('pages'), list('categories'), list('series')])
  const entry = (path: string, updatedAt?: string): SitemapEntry => ({ url: absoluteUrl(path, baseUrl), ...(updatedAt ? { lastModified: updatedAt } : {}) })
  const newest = posts.map((post) => post.updatedAt).sort().at(-1)
  // Posts oldest first, then home and the archive (dated by the newest post): a new post changes
  // only the end, so once the sitemap is split into files (lib/seo/sitemapFiles.ts) the earlier
  // files keep their text, and crawlers their copies.
  return [
    ...pages.map((page) => entry(`/${page.slug}`, page.updatedAt)),
    ...categories.map((term) => entry(`/categories/${term.slug}`, term.updatedAt)),
    ...series.map((term) => entry(`/series/${term.slug}`, term.updatedAt)),
    ...posts.map((post) => entry(`/posts/${post.slug}`, post.updatedAt)),
    entry('/', newest),
    entry('/archive', newest),
  ]
}
