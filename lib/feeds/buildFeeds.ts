import escapeHtml from 'escape-html'
import { Feed, type Item } from 'feed'

import type { Category, Media, Tag } from '@/payload-types'
import type { FeedSource } from '@/lib/data/feeds'
import { absoluteUrl } from '@/lib/richtext/urls'

import type { FeedXmlText } from './feedXmlText'
import { postFeedHtml } from './postHtml'
import { plainText, stripForbiddenXmlChars } from './xmlText'

export type FeedFormat = 'rss' | 'atom' | 'json'

export const FEED_PATHS: Record<FeedFormat, string> = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' }

/** A feed's own path: the site feeds at the root, a term's feeds under its page (/categories/history/feed.xml). */
export const feedPath = (format: FeedFormat, scopePath = '') => `${scopePath}${FEED_PATHS[format]}`

/** Item ids are minted from the database id, so they survive slug and title changes. */
export const postFeedId = (id: number) => `urn:scriptorium:post:${id}`

type Term = Pick<Category | Tag, 'title' | 'slug'>
const terms = (values: unknown, kind: 'categories' | 'tags', baseUrl: string, text: (value: string) => string) =>
  (Array.isArray(values) ? values : [])
    .filter((value): value is Term & { slug: string } => typeof value === 'object' && value !== null && typeof (value as Term).slug === 'string')
    // RSS writes the name with its page as `domain`; Atom needs `term` (RFC 4287 §4.2.2: the slug),
    // with the kind's address as its `scheme` and the name as its `label`.
    .map((term) => ({ name: text(plainText(term.title)), domain: absoluteUrl(`/${kind}/${term.slug}`, baseUrl), term: term.slug, scheme: absoluteUrl(`/${kind}/`, baseUrl) }))

/**
 * One feed model for all three formats, built with the `feed` package.
 * `withAuthors`: RSS has no author but an e-mail address. `excerptAsHtml`: RSS's item description
 * and Atom's summary (the `feed` package writes type="html") are read as HTML, so the excerpt,
 * plain text, is escaped there (an excerpt `<img src=x onerror=…>` ran in a reader that shows
 * them as given); JSON Feed's summary is plain text and keeps it as written. `xmlText`: for RSS and
 * Atom, titles and term names go through it (feedXmlText.ts says why).
 */
export function buildFeed(
  { site, baseUrl, posts, scope }: FeedSource,
  { withAuthors, excerptAsHtml, xmlText }: { withAuthors: boolean; excerptAsHtml: boolean; xmlText?: FeedXmlText },
): Feed {
  const text = (value: string) => (xmlText ? xmlText.token(value) : value)
  const home = absoluteUrl(scope?.path ?? '/', baseUrl)
  const title = scope ? `${plainText(site.title)} — ${plainText(scope.title)}` : plainText(site.title)
  const updated = posts.reduce<Date | undefined>((latest, post) => {
    const date = new Date(post.updatedAt)
    return !latest || date > latest ? date : latest
  }, undefined)
  const feed = new Feed({
    title,
    description: scope ? `Posts in “${plainText(scope.title)}”` : plainText(site.description ?? site.tagline ?? site.title),
    id: home,
    link: home,
    language: site.language ?? 'en',
    copyright: `© ${site.title}`,
    // A feed with no posts yet is as new as the site's settings (a 1970 date is "implausible" to validators).
    updated: updated ?? (site.updatedAt ? new Date(site.updatedAt) : new Date()),
    generator: 'Scriptorium',
    feedLinks: {
      rss: absoluteUrl(feedPath('rss', scope?.path), baseUrl),
      atom: absoluteUrl(feedPath('atom', scope?.path), baseUrl),
      json: absoluteUrl(feedPath('json', scope?.path), baseUrl),
    },
    // Atom requires an author on the feed when entries have none.
    author: { name: plainText(site.title), link: absoluteUrl('/', baseUrl) },
  })
  for (const post of posts) {
    const link = absoluteUrl(`/posts/${post.slug}`, baseUrl)
    const hero = typeof post.heroImage === 'object' ? (post.heroImage as Media | null) : null
    const item: Item = {
      title: text(plainText(post.title)),
      id: postFeedId(post.id),
      guid: postFeedId(post.id),
      link,
      description: excerptAsHtml ? escapeHtml(stripForbiddenXmlChars(post.excerpt ?? '')) : stripForbiddenXmlChars(post.excerpt ?? ''),
      content: postFeedHtml(post, baseUrl, site.citationStyle),
      date: new Date(post.updatedAt),
      published: new Date(post.publishedAt ?? post.createdAt),
      category: [...terms(post.categories, 'categories', baseUrl, text), ...terms(post.tags, 'tags', baseUrl, text)],
      // An RSS enclosure needs its size and type (checklist §2).
      image: hero?.url
        ? { url: absoluteUrl(hero.url, baseUrl), type: hero.mimeType ?? undefined, length: hero.filesize ?? undefined }
        : undefined,
    }
    // RSS's <author> must be an e-mail address, which Scriptorium never publishes; Atom and JSON get the name.
    if (withAuthors) {
      const names = (post.populatedAuthors ?? []).map((author) => author.name).filter((name): name is string => Boolean(name))
      item.author = (names.length ? names : [site.title]).map((name) => ({ name: plainText(name) }))
    }
    feed.addItem(item)
  }
  return feed
}
