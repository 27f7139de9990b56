import type { Metadata } from 'next'

import { getSite } from '@/lib/data/site'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { getTermPage } from '@/lib/data/terms'
import type { TermKind } from '@/lib/data/termScopes'

import { feedPath } from './buildFeeds'
import { feedAlternates } from './feedAlternates'

/**
 * Title plus `<link rel="alternate">` for the term's own feeds. Next replaces the layout's
 * `alternates` with a page's, so the site feeds are listed again here.
 */
export async function termMetadata(kind: TermKind, slug: string): Promise<Metadata> {
  const [term, site] = await Promise.all([getTermPage(kind, slug), getSite()])
  if (!term) return {}
  const path = `/${kind}/${slug}`
  const siteFeeds = feedAlternates(site.title)
  return pageMetadata(site, {
    path,
    title: term.title,
    description: term.description,
    feeds: {
        'application/rss+xml': [...siteFeeds['application/rss+xml'], { url: feedPath('rss', path), title: `${term.title} (RSS)` }],
        'application/atom+xml': [...siteFeeds['application/atom+xml'], { url: feedPath('atom', path), title: `${term.title} (Atom)` }],
        'application/feed+json': [...siteFeeds['application/feed+json'], { url: feedPath('json', path), title: `${term.title} (JSON Feed)` }],
    },
  })
}
