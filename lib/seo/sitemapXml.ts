import { escapeXml as escapeXmlText } from '@/lib/feeds/feedXmlText'
import { stripForbiddenXmlChars } from '@/lib/feeds/xmlText'

import type { SitemapEntry } from './sitemapFiles'

const escapeXml = (text: string) => escapeXmlText(stripForbiddenXmlChars(text))

const item = (tag: 'url' | 'sitemap', { url, lastModified }: SitemapEntry) =>
  `<${tag}>\n<loc>${escapeXml(url)}</loc>\n${lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>\n` : ''}</${tag}>\n`

// Written here rather than by Next's metadata sitemap route, which cannot make an index; the same
// shape Next wrote (one element a line).
/** A sitemap (sitemaps.org 0.9): the addresses with their last change. */
export const urlsetXml = (entries: SitemapEntry[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.map((entry) => item('url', entry)).join('')}</urlset>\n`

/** A sitemap index: the absolute addresses of the sitemap files with their newest change. */
export const sitemapIndexXml = (files: SitemapEntry[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.map((file) => item('sitemap', file)).join('')}</sitemapindex>\n`
