import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import type { Post, Site } from '@/payload-types'
import { postFeedId } from '@/lib/feeds/buildFeeds'
import { renderFeed } from '@/lib/feeds/renderFeed'
import { plainText, stripForbiddenXmlChars } from '@/lib/feeds/xmlText'

const paragraph = (text: string, link?: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  textFormat: 0,
  children: [
    { type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 },
    ...(link
      ? [{ type: 'link', version: 3, direction: 'ltr', format: '', indent: 0, fields: { url: link, linkType: 'custom', newTab: false }, children: [{ type: 'text', version: 1, text: 'link', format: 0, style: '', mode: 'normal', detail: 0 }] }]
      : []),
  ],
})

const tricky = 'Ends ]]> early \u0001\u0008 with emoji 😀 & <em>markup</em>'
const site = { id: 1, title: 'Scriptorium', description: 'Sourced essays', language: 'en', feedItemCount: 20, updatedAt: '2026-11-01T00:00:00.000Z' } as Site
const post = {
  id: 42,
  title: `Title with <em>markup</em> ]]> and \u0007 😀`,
  slug: 'a-post',
  excerpt: tricky,
  content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph(tricky, '/posts/other'), paragraph('x', 'javascript:alert(1)')] } },
  publishedAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-03T10:00:00.000Z',
  createdAt: '2026-11-02T09:00:00.000Z',
  categories: [{ id: 1, title: 'History', slug: 'history', createdAt: '', updatedAt: '' }],
  tags: [],
  sources: [],
} as unknown as Post
const source = { site, baseUrl: 'https://example.com', posts: [post], scope: null }
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

describe('stripForbiddenXmlChars / plainText', () => {
  it('removes C0 controls and lone surrogates but keeps tabs, newlines and emoji', () => {
    expect(stripForbiddenXmlChars('a\u0000b\u0008c\td\ne\uD800f😀\uFFFE')).toBe('abc\td\nef😀')
  })
  it('turns titles with markup into plain text', () => {
    expect(plainText('Markup: Title <em>With</em> &amp; Entities')).toBe('Markup: Title With & Entities')
  })
})

describe('renderFeed', () => {
  it('RSS 2.0 is well-formed, round-trips "]]>", drops control characters, keeps emoji, uses opaque guids and RFC 822 dates', () => {
    const xml = renderFeed(source, 'rss')
    expect(xml.startsWith('<?xml')).toBe(true)
    expect(XMLValidator.validate(xml)).toBe(true)
    const item = parser.parse(xml).rss.channel.item
    expect(item.title).toBe('Title with markup ]]> and 😀')
    expect(item.guid).toEqual({ '#text': postFeedId(42), '@isPermaLink': 'false' })
    expect(item.pubDate).toBe('Mon, 02 Nov 2026 10:00:00 GMT')
    // Content and description are HTML to a reader, so the text's ">" is &gt; in both: the excerpt,
    // plain text, is escaped (as given, its <em> would be markup there, and an <img onerror> would run).
    expect(item['content:encoded']).toContain('Ends ]]&gt; early  with emoji 😀 &amp; &lt;em&gt;markup&lt;/em&gt;')
    expect(item.description).toBe('Ends ]]&gt; early  with emoji 😀 &amp; &lt;em&gt;markup&lt;/em&gt;')
    expect(item['content:encoded']).toContain('href="https://example.com/posts/other"')
    expect(item['content:encoded']).not.toContain('javascript:')
    expect(item.author).toBeUndefined()
  })

  it('Atom 1.0 is well-formed with RFC 3339 dates and the same ids', () => {
    const xml = renderFeed(source, 'atom')
    expect(XMLValidator.validate(xml)).toBe(true)
    const entry = parser.parse(xml).feed.entry
    expect(entry.id).toBe(postFeedId(42))
    expect(entry.updated).toBe('2026-11-03T10:00:00.000Z')
    expect(entry.published).toBe('2026-11-02T10:00:00.000Z')
    // Atom's summary is type="html": the plain-text excerpt is escaped into it.
    expect(entry.summary).toEqual({ '#text': 'Ends ]]&gt; early  with emoji 😀 &amp; &lt;em&gt;markup&lt;/em&gt;', '@type': 'html' })
  })

  it('JSON Feed keeps the excerpt as written: its summary is plain text', () => {
    const item = (JSON.parse(renderFeed(source, 'json')) as { items: { summary?: string }[] }).items[0]
    expect(item.summary).toBe('Ends ]]> early  with emoji 😀 & <em>markup</em>')
  })

  it('carries a post in several categories and tags with what each format requires: Atom term (RFC 4287 §4.2.2), RSS text and domain, JSON Feed tags', () => {
    const termed = {
      ...post,
      categories: [
        { id: 1, title: 'History', slug: 'history' },
        { id: 2, title: 'Books & <b>Print</b>', slug: 'books-and-print' },
      ],
      tags: [
        { id: 3, title: 'Scribes', slug: 'scribes' },
        { id: 4, title: 'Mainz', slug: 'mainz' },
      ],
    } as unknown as Post
    const several = { ...source, posts: [termed] }

    const atom = parser.parse(renderFeed(several, 'atom')).feed
    // The feed's and the entry's required elements (RFC 4287 §4.1.1, §4.1.2).
    expect(Object.keys(atom)).toEqual(expect.arrayContaining(['id', 'title', 'updated', 'author']))
    expect(Object.keys(atom.entry)).toEqual(expect.arrayContaining(['id', 'title', 'updated', 'link']))
    expect(atom.entry.category).toEqual([
      { '@label': 'History', '@scheme': 'https://example.com/categories/', '@term': 'history' },
      { '@label': 'Books & Print', '@scheme': 'https://example.com/categories/', '@term': 'books-and-print' },
      { '@label': 'Scribes', '@scheme': 'https://example.com/tags/', '@term': 'scribes' },
      { '@label': 'Mainz', '@scheme': 'https://example.com/tags/', '@term': 'mainz' },
    ])

    const rss = parser.parse(renderFeed(several, 'rss')).rss.channel
    expect(Object.keys(rss)).toEqual(expect.arrayContaining(['title', 'link', 'description']))
    expect(rss.item.category).toEqual([
      { '#text': 'History', '@domain': 'https://example.com/categories/history' },
      { '#text': 'Books & Print', '@domain': 'https://example.com/categories/books-and-print' },
      { '#text': 'Scribes', '@domain': 'https://example.com/tags/scribes' },
      { '#text': 'Mainz', '@domain': 'https://example.com/tags/mainz' },
    ])

    expect(JSON.parse(renderFeed(several, 'json')).items[0].tags).toEqual(['History', 'Books & Print', 'Scribes', 'Mainz'])
  })

  it('JSON Feed is version 1.1 with authors and language', () => {
    const feed = JSON.parse(renderFeed(source, 'json'))
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.language).toBe('en')
    expect(feed.items[0]).toMatchObject({ id: postFeedId(42), url: 'https://example.com/posts/a-post', authors: [{ name: 'Scriptorium' }] })
    expect(feed.items[0].content_html).toContain('Ends ]]&gt; early')
    expect(feed.items[0].summary).toBe('Ends ]]> early  with emoji 😀 & <em>markup</em>')
  })
})
