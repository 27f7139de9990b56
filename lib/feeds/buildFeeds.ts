import { Feed, type Item } from 'feed'

import type { Category, Media, Tag } from '@/payload-types'
import type { FeedSource } from '@/lib/data/feeds'
import { absoluteUrl } from '@/lib/richtext/urls'

import { postFeedHtml } from './postHtml'
import { plainText, stripForbiddenXmlChars } from './xmlText'

export type FeedFormat = 'rss' | 'atom' | 'json'

export const FEED_PATHS: Record<FeedFormat, string> = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' }

/** Item ids are minted from the database id, so they survive slug and title changes. */
export const postFeedId = (id: number) => `urn:scriptorium:post:${id}`

type Term = Pick<Category | Tag, 'title' | 'slug'>
const terms = (values: unknown, kind: 'categories' | 'tags', baseUrl: string) =>
  (Array.isArray(values) ? values : [])
    .filter((value): value is Term => typeof value === 'object' && value !== null && 'slug' in value)
    .map((term) => ({ name: plainText(term.title), domain: absoluteUrl(`/${kind}/${term.slug}`, baseUrl) }))

/** One feed model for all three formats, built with the `feed` package. */
export function buildFeed({ site, baseUrl, posts }: FeedSource, { withAuthors }: { withAuthors: boolean }): Feed {
  const updated = posts.reduce<Date | undefined>((latest, post) => {
    const date = new Date(post.updatedAt)
    return !latest || date > latest ? date : latest
  }, undefined)
  const feed = new Feed({
    title: plainText(site.title),
    description: plainText(site.description ?? site.tagline ?? site.title),
    id: absoluteUrl('/', baseUrl),
    link: absoluteUrl('/', baseUrl),
    language: site.language ?? 'en',
    copyright: `© ${site.title}`,
    updated: updated ?? new Date(0),
    generator: 'Scriptorium',
    feedLinks: {
      rss: absoluteUrl(FEED_PATHS.rss, baseUrl),
      atom: absoluteUrl(FEED_PATHS.atom, baseUrl),
      json: absoluteUrl(FEED_PATHS.json, baseUrl),
    },
    // Atom requires an author on the feed when entries have none.
    author: { name: plainText(site.title), link: absoluteUrl('/', baseUrl) },
  })
  for (const post of posts) {
    const link = absoluteUrl(`/posts/${post.slug}`, baseUrl)
    const hero = typeof post.heroImage === 'object' ? (post.heroImage as Media | null) : null
    const item: Item = {
      title: plainText(post.title),
      id: postFeedId(post.id),
      guid: postFeedId(post.id),
      link,
      description: stripForbiddenXmlChars(post.excerpt ?? ''),
      content: postFeedHtml(post, baseUrl),
      date: new Date(post.updatedAt),
      published: new Date(post.publishedAt ?? post.createdAt),
      category: [...terms(post.categories, 'categories', baseUrl), ...terms(post.tags, 'tags', baseUrl)],
      image: hero?.url ? absoluteUrl(hero.url, baseUrl) : undefined,
    }
    // RSS's <author> must be an e-mail address, which Scriptorium never publishes; Atom and JSON get the name.
    if (withAuthors) item.author = [{ name: plainText(site.title) }]
    feed.addItem(item)
  }
  return feed
}
