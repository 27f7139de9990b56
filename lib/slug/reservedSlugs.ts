/** First path segments the site uses itself; a page with one of these slugs could never be reached. */
export const RESERVED_PAGE_SLUGS = [
  'admin', 'api', 'archive', 'atom-xml', 'categories', 'channels', 'feed', 'feed-json', 'feed-xml', 'media', 'next', 'page',
  'posts', 'preview', 'robots-txt', 'rss', 'search', 'series', 'sitemap-xml', 'sitemaps', 'sources', 'subscribe', 'tags', 'videos',
]

export const validatePageSlug = (slug: string): true | string =>
  RESERVED_PAGE_SLUGS.includes(slug) ? `"${slug}" is used by the site itself (/${slug}); choose another slug for this page.` : true
