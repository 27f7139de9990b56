import type { FeedSource } from '@/lib/data/feeds'

import { buildFeed, type FeedFormat } from './buildFeeds'
import { FeedXmlText } from './feedXmlText'

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

type JsonFeedItem = { author?: { name: string }; authors?: { name: string }[] }
type JsonFeed = { version: string; language?: string; items: JsonFeedItem[]; author?: { name: string }; authors?: { name: string }[] }

/**
 * The `feed` package writes JSON Feed 1.0; 1.1 renames author → authors (an array) and adds
 * language, so its output is lifted to 1.1 here (https://www.jsonfeed.org/version/1.1/).
 */
function toJsonFeed11(json: string, language: string): string {
  const feed = JSON.parse(json) as JsonFeed
  const lift = <T extends { author?: { name: string }; authors?: { name: string }[] }>(node: T) => {
    if (node.author) node.authors = [node.author]
    delete node.author
    return node
  }
  const lifted = lift({ ...feed, version: 'https://jsonfeed.org/version/1.1', language })
  lifted.items = feed.items.map(lift)
  return JSON.stringify(lifted, null, 2)
}

/** The site's link in an Atom feed says it is the HTML page (checklist §3: `alternate` with `type`), which the `feed` package omits. */
const typedAtomAlternate = (xml: string) => xml.replace('<link rel="alternate" href=', '<link rel="alternate" type="text/html" href=')

// The `feed` package types an Atom enclosure "image/" + the file's extension as written: ".jpg",
// ".JPEG" and ".svg" are not media types.
const IMAGE_TYPES: Record<string, string> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', gif: 'gif', webp: 'webp', avif: 'avif', svg: 'svg+xml' }
const typedEnclosures = (xml: string) =>
  xml.replace(/(rel="enclosure" href="[^"]*" type="image\/)([^"]+)"/g, (match, start: string, extension: string) => {
    const type = IMAGE_TYPES[extension.toLowerCase()]
    return type ? `${start}${type}"` : match
  })

export function renderFeed(source: FeedSource, format: FeedFormat): string {
  if (format === 'json') return toJsonFeed11(buildFeed(source, { withAuthors: true, excerptAsHtml: false }).json1(), source.site.language ?? 'en')
  const xmlText = new FeedXmlText()
  const feed = buildFeed(source, { withAuthors: format === 'atom', excerptAsHtml: true, xmlText })
  return format === 'rss' ? xmlText.fill(feed.rss2()) : typedEnclosures(typedAtomAlternate(xmlText.fill(feed.atom1())))
}
