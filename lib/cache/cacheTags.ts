import type { TermKind } from '@/lib/data/termScopes'

/** Tags of the cached bodies (lib/cache/cachedBody.ts) that are not pages: one name for writer and reader. */
export const CACHE_TAGS = {
  /** On every cached body: a change that touches everything (site settings, an image) drops them all. */
  everything: 'site',
  /** The site's own feeds (RSS, Atom, JSON Feed). */
  siteFeeds: 'feeds:site',
  /** The feeds of one category, tag, series or channel. */
  termFeeds: (kind: TermKind, slug: string) => `feeds:${kind}:${slug}`,
  /** Every term's feeds (a term renamed or a change whose terms are unknown). */
  allTermFeeds: 'feeds:terms',
  sitemap: 'sitemap',
  /** The site-wide exports of every source (/sources.json, .bib, .ris). */
  sourceExports: 'sources:exports',
  /** One post's exports and files (/posts/<slug>/sources.*, youtube-description.txt). */
  postFiles: (slug: string) => `post-files:${slug}`,
  /** One video's chapter files. */
  videoFiles: (slug: string) => `video-files:${slug}`,
} as const
