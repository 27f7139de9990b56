import { XMLParser } from 'fast-xml-parser'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'

import type { Post, Site } from '@/payload-types'
import { renderFeed } from '@/lib/feeds/renderFeed'

/** XML 1.0 well-formedness, strictly (fast-xml-parser's validator lets "<" in attributes and a stray "]]>" through). */
function wellFormednessErrors(xml: string): string[] {
  const errors: string[] = []
  const parser = new SaxesParser({ xmlns: false })
  parser.on('error', (error) => errors.push(error.message))
  parser.write(xml).close()
  return errors
}

const site = { id: 1, title: 'Scriptorium', description: 'Sourced essays', language: 'en', feedItemCount: 20, updatedAt: '2026-11-01T00:00:00.000Z' } as Site
const post = {
  id: 7,
  title: 'Brackets ]]> once and ]]> twice; less-than: a<b, &lt;tags&gt;',
  slug: 'brackets',
  excerpt: 'An excerpt.',
  content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [] } },
  publishedAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-03T10:00:00.000Z',
  createdAt: '2026-11-02T09:00:00.000Z',
  categories: [{ id: 1, title: 'Fish & Chips < Pie', slug: 'fish-and-chips', createdAt: '', updatedAt: '' }],
  tags: [],
  sources: [],
  heroImage: { id: 3, url: '/api/media/file/abbey.jpg', mimeType: 'image/jpeg', filesize: 1234, alt: 'Abbey' },
} as unknown as Post
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true })
const feedOf = (posts: Post[]) => ({ site, baseUrl: 'https://example.com', posts, scope: null })
const TITLE = 'Brackets ]]> once and ]]> twice; less-than: a<b, <tags>'

describe('what the feed package writes wrongly, written right (lib/feeds/feedXmlText.ts)', () => {
  it('RSS: a title with two "]]>" and "<" stays well-formed and reads back exactly', () => {
    const xml = renderFeed(feedOf([post]), 'rss')
    expect(wellFormednessErrors(xml)).toEqual([])
    const item = parser.parse(xml).rss.channel.item
    expect(item.title).toBe(TITLE)
    expect(item.category).toEqual({ '#text': 'Fish & Chips < Pie', '@domain': 'https://example.com/categories/fish-and-chips' })
  })

  it('Atom: the title is type="html" holding the text HTML-escaped, so it reads back exactly; a category label with "<" is escaped', () => {
    const xml = renderFeed(feedOf([post]), 'atom')
    expect(wellFormednessErrors(xml)).toEqual([])
    const entry = parser.parse(xml).feed.entry
    // The XML text is HTML; as HTML it reads as the title.
    expect(entry.title).toEqual({ '#text': 'Brackets ]]&gt; once and ]]&gt; twice; less-than: a&lt;b, &lt;tags&gt;', '@type': 'html' })
    expect(entry.category).toEqual({ '@label': 'Fish & Chips < Pie', '@scheme': 'https://example.com/categories/', '@term': 'fish-and-chips' })
  })

  it('Atom: the site link is typed text/html and a .jpg enclosure is image/jpeg', () => {
    const feed = parser.parse(renderFeed(feedOf([post]), 'atom')).feed
    expect(feed.link).toContainEqual({ '@rel': 'alternate', '@type': 'text/html', '@href': 'https://example.com/' })
    expect(feed.entry.link).toContainEqual({ '@rel': 'enclosure', '@href': 'https://example.com/api/media/file/abbey.jpg', '@type': 'image/jpeg', '@length': '1234' })
  })

  it('Atom: an upper-case .JPEG or an .svg enclosure gets its media type, not the extension as written', () => {
    for (const [file, type] of [['scan.JPEG', 'image/jpeg'], ['plan.svg', 'image/svg+xml'], ['photo.PNG', 'image/png']]) {
      const withHero = { ...post, heroImage: { id: 4, url: `/api/media/file/${file}`, mimeType: type, filesize: 99, alt: 'x' } } as unknown as Post
      const entry = parser.parse(renderFeed(feedOf([withHero]), 'atom')).feed.entry
      expect(entry.link, file).toContainEqual({ '@rel': 'enclosure', '@href': `https://example.com/api/media/file/${file}`, '@type': type, '@length': '99' })
    }
  })

  it('a feed with no posts is dated by the site settings, not 1970', () => {
    expect(parser.parse(renderFeed(feedOf([]), 'rss')).rss.channel.lastBuildDate).toBe('Sun, 01 Nov 2026 00:00:00 GMT')
    expect(parser.parse(renderFeed(feedOf([]), 'atom')).feed.updated).toBe('2026-11-01T00:00:00.000Z')
  })

  it('many posts (more than ten texts, whose tokens share beginnings) all read back exactly', () => {
    const posts = Array.from({ length: 12 }, (_, index) => ({ ...post, id: 100 + index, slug: `post-${index}`, title: `Post ${index}: 1 < 2 & 3` }) as Post)
    for (const format of ['rss', 'atom'] as const) {
      const xml = renderFeed(feedOf(posts), format)
      expect(wellFormednessErrors(xml)).toEqual([])
      const parsed = parser.parse(xml)
      const titles = format === 'rss' ? parsed.rss.channel.item.map((item: { title: string }) => item.title) : parsed.feed.entry.map((entry: { title: { '#text': string } }) => entry.title['#text'])
      expect(titles).toEqual(Array.from({ length: 12 }, (_, index) => (format === 'rss' ? `Post ${index}: 1 < 2 & 3` : `Post ${index}: 1 &lt; 2 &amp; 3`)))
    }
  })

  it('JSON Feed keeps the title as written (plain text, no tokens)', () => {
    expect(JSON.parse(renderFeed(feedOf([post]), 'json')).items[0].title).toBe(TITLE)
  })
})
