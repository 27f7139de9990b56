import { FEED_PATHS } from './buildFeeds'

/** `<link rel="alternate">` entries (Next metadata `alternates.types`) that advertise the site feeds. */
export function feedAlternates(siteTitle: string) {
  return {
    'application/rss+xml': [{ url: FEED_PATHS.rss, title: `${siteTitle} (RSS)` }],
    'application/atom+xml': [{ url: FEED_PATHS.atom, title: `${siteTitle} (Atom)` }],
    'application/feed+json': [{ url: FEED_PATHS.json, title: `${siteTitle} (JSON Feed)` }],
  }
}
