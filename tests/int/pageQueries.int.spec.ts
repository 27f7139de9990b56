/**
 * What one public page costs the database (issue: no N+1 anywhere). The post page reads the post
 * (its links populated by Payload, one query per linked collection), then its navigation in one
 * statement. The site settings and channels every page shows come from the data cache
 * (lib/data/site.ts) and cost a page render nothing. The counts do not grow with what a post cites,
 * lists or is filed under.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { citationNode, lexicalDocument, paragraph, quotationNode } from '../helpers/lexical'
import { testPayload, unique } from './payload'
import { countQueries } from './queryCounter'

let payload: Payload
let data: {
  getPostBySlug: typeof import('@/lib/data/posts').getPostBySlug
  getLatestPosts: typeof import('@/lib/data/posts').getLatestPosts
  getPostNavigation: typeof import('@/lib/data/postNavigation').getPostNavigation
  getFeedSource: typeof import('@/lib/data/feeds').getFeedSource
  getSources: typeof import('@/lib/data/sources').getSources
}

beforeAll(async () => {
  payload = await testPayload()
  const [posts, navigation, feeds, sources] = await Promise.all([import('@/lib/data/posts'), import('@/lib/data/postNavigation'), import('@/lib/data/feeds'), import('@/lib/data/sources')])
  data = { getPostBySlug: posts.getPostBySlug, getLatestPosts: posts.getLatestPosts, getPostNavigation: navigation.getPostNavigation, getFeedSource: feeds.getFeedSource, getSources: sources.getSources }
})

const create = <T extends 'categories' | 'tags' | 'series' | 'sources' | 'users' | 'channels' | 'videos'>(collection: T, fields: Record<string, unknown>) =>
  payload.create({ collection, data: fields as never, overrideAccess: true })

async function image(name: string) {
  const file = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer()
  return payload.create({ collection: 'media', data: { alt: name }, file: { data: file, mimetype: 'image/png', name: `${name}.png`, size: file.length }, overrideAccess: true })
}

/** A published post linking `n` of everything: sources (listed and cited), categories, tags, authors. */
async function richPost(n: number, publishedAt: string, shared: { series: number; position: number; channel: number }) {
  const id = unique('queries')
  // One script per video.
  const video = await create('videos', { title: `Video ${id}`, slug: `video-${id}`, youtubeUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', channel: shared.channel })
  const sources = await Promise.all(Array.from({ length: n }, (_, index) => create('sources', { type: 'book', title: `Source ${index} ${id}`, authors: [{ family: `Author${index}`, given: 'A.' }], issued: { year: 1900 + index } })))
  const categories = await Promise.all(Array.from({ length: n }, (_, index) => create('categories', { title: `Category ${index} ${id}`, slug: `category-${index}-${id}` })))
  const tags = await Promise.all(Array.from({ length: n }, (_, index) => create('tags', { title: `Tag ${index} ${id}`, slug: `tag-${index}-${id}` })))
  const authors = await Promise.all(Array.from({ length: n }, (_, index) => create('users', { email: `${id}-${index}@example.com`, password: 'a-long-enough-password-1', name: `Writer ${index}`, role: 'editor' })))
  const hero = await image(`hero-${id}`)
  const content = lexicalDocument(
    ...sources.flatMap((source, index) => [paragraph(`Claim ${index}`, citationNode(source.id, String(10 + index))), quotationNode(source.id, `Quoted ${index}`, String(20 + index))]),
  )
  return payload.create({
    collection: 'posts',
    overrideAccess: true,
    data: {
      title: `Rich ${n} ${id}`,
      slug: `rich-${n}-${id}`,
      content,
      heroImage: hero.id,
      video: video.id,
      series: shared.series,
      seriesPosition: shared.position,
      categories: categories.map((category) => category.id),
      tags: tags.map((tag) => tag.id),
      authors: authors.map((author) => author.id),
      sources: sources.map((source) => ({ source: source.id, annotation: 'Read it.' })),
      publishedAt,
      _status: 'published',
    },
  })
}

describe('database queries per public page', () => {
  it('a post page makes the same few queries whether it links one of everything or five', async () => {
    const channel = await create('channels', { name: unique('Channel'), slug: unique('channel'), url: 'https://www.youtube.com/@queries' })
    const series = await create('series', { title: unique('Series'), slug: unique('series') })
    const small = await richPost(1, '1960-01-01T00:00:00.000Z', { series: series.id, position: 1, channel: channel.id })
    const large = await richPost(5, '1960-02-01T00:00:00.000Z', { series: series.id, position: 2, channel: channel.id })

    const counts: number[] = []
    for (const post of [small, large]) {
      const { result, statements } = await countQueries(payload, async () => {
        const read = await data.getPostBySlug(post.slug!)
        return { read, links: await data.getPostNavigation(read!) }
      })
      // What the page shows came with those queries: nothing is left as a bare id.
      expect(result.read?.sources?.every((entry) => typeof entry.source === 'object')).toBe(true)
      expect(result.read?.categories?.every((category) => typeof category === 'object')).toBe(true)
      expect(result.read?.populatedAuthors?.map((author) => author.name)).toEqual(Array.from({ length: post === small ? 1 : 5 }, (_, index) => `Writer ${index}`))
      expect(typeof result.read?.heroImage).toBe('object')
      counts.push(statements.length)
      // 1 post, 1 each for its sources, video, images, the video's channel, categories, tags, series and authors, 1 navigation.
      expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(10)
    }
    expect(counts[1]).toBe(counts[0])
  })

  it('the post page’s navigation is one statement: series parts, older and newer, related', async () => {
    const series = await create('series', { title: unique('Nav series'), slug: unique('nav-series') })
    const category = await create('categories', { title: unique('Nav category'), slug: unique('nav-category') })
    const tag = await create('tags', { title: unique('Nav tag'), slug: unique('nav-tag') })
    const post = (slug: string, publishedAt: string, extra: Record<string, unknown>) =>
      payload.create({ collection: 'posts', overrideAccess: true, data: { title: slug, slug, content: lexicalDocument(paragraph(slug)), publishedAt, _status: 'published', ...extra } })
    const stamp = unique('nav')
    const partOne = await post(`${stamp}-part-1`, '1950-01-01T00:00:00.000Z', { series: series.id, seriesPosition: 1 })
    const middle = await post(`${stamp}-part-2`, '1950-01-02T00:00:00.000Z', { series: series.id, seriesPosition: 2, categories: [category.id], tags: [tag.id] })
    const partThree = await post(`${stamp}-part-3`, '1950-01-03T00:00:00.000Z', { series: series.id, seriesPosition: 3 })
    const byCategory = await post(`${stamp}-by-category`, '1940-01-01T00:00:00.000Z', { categories: [category.id] })
    const byTag = await post(`${stamp}-by-tag`, '1940-01-02T00:00:00.000Z', { tags: [tag.id] })
    await post(`${stamp}-draft-relative`, '1940-01-03T00:00:00.000Z', { tags: [tag.id], _status: 'draft' })

    const { result: links, statements } = await countQueries(payload, () => data.getPostNavigation(middle))
    expect(statements).toHaveLength(1)
    expect({ previous: links.series.previous?.slug, next: links.series.next?.slug, positions: [links.series.previous?.seriesPosition, links.series.next?.seriesPosition] }).toEqual({
      previous: `${stamp}-part-1`,
      next: `${stamp}-part-3`,
      positions: [1, 3],
    })
    expect([links.adjacent.previous?.slug, links.adjacent.next?.slug]).toEqual([partOne.slug, partThree.slug])
    expect(links.related.map((related) => related.slug)).toEqual([byTag.slug, byCategory.slug])
    expect(links.related[0]).toEqual({ id: byTag.id, title: byTag.title, slug: byTag.slug, excerpt: null, publishedAt: '1940-01-02T00:00:00.000Z' })
  })

  it('home is two queries (the page of posts and their count)', async () => {
    const { statements } = await countQueries(payload, () => data.getLatestPosts({ page: 1 }))
    expect(statements, statements.join('\n')).toHaveLength(2)
  })

  it('a feed asks for its posts’ authors once, not once per post', async () => {
    const writers = await Promise.all([1, 2, 3].map((index) => create('users', { email: `${unique('feed')}@example.com`, password: 'a-long-enough-password-1', name: `Feed writer ${index}`, role: 'editor' })))
    for (const [index, writer] of writers.entries()) {
      await payload.create({ collection: 'posts', overrideAccess: true, data: { title: unique('Feed post'), slug: unique('feed-post'), content: lexicalDocument(paragraph('x')), authors: [writer.id], publishedAt: new Date(Date.now() - (index + 1) * 1000).toISOString(), _status: 'published' } })
    }
    const { result, statements } = await countQueries(payload, () => data.getFeedSource())
    expect(result?.posts.slice(0, 3).map((post) => post.populatedAuthors?.map((author) => author.name))).toEqual([['Feed writer 1'], ['Feed writer 2'], ['Feed writer 3']])
    expect(statements.filter((statement) => /from "users"/.test(statement)), statements.join('\n')).toHaveLength(1)
  })

  it('a list of sources counts the posts citing them in one statement, not one per source', async () => {
    const type = 'pamphlet'
    const stamp = unique('cited')
    const made = await Promise.all([1, 2, 3, 4, 5].map((index) => create('sources', { type, title: `Counted ${index} ${stamp}`, authors: [{ family: `Counter${index}`, given: 'C.' }] })))
    // The first source cited by two published posts and a draft, the second by one published post.
    const cite = (sources: number[], status: 'published' | 'draft') =>
      payload.create({ collection: 'posts', overrideAccess: true, data: { title: unique('Citing'), slug: unique('citing'), content: lexicalDocument(...sources.map((source) => paragraph('Claim', citationNode(source, '1')))), publishedAt: '1970-01-02T00:00:00.000Z', _status: status } })
    await cite([made[0].id, made[1].id], 'published')
    await cite([made[0].id], 'published')
    await cite([made[0].id, made[2].id], 'draft')

    const where = { title: { like: stamp } }
    const { result: listed, statements } = await countQueries(payload, () => payload.find({ collection: 'sources', where, sort: 'title', depth: 0, overrideAccess: false }))
    expect(listed.docs.map((source) => source.citationCount)).toEqual([2, 1, 0, 0, 0])
    // The page of sources, its total and one grouped count for all of them.
    expect(statements, statements.join('\n')).toHaveLength(3)

    const { result: one, statements: single } = await countQueries(payload, () => payload.findByID({ collection: 'sources', id: made[0].id, depth: 0, overrideAccess: false }))
    expect(one.citationCount).toBe(2)
    // The source, its count and its possible duplicates.
    expect(single, single.join('\n')).toHaveLength(3)

    const { result: page, statements: pageStatements } = await countQueries(payload, () => data.getSources({ type }))
    expect(page.filter((source) => source.title.includes(stamp)).map((source) => [source.citedBy, source.citationCount])).toEqual([[2, 2], [1, 1], [0, 0], [0, 0], [0, 0]])
    // The sources and one grouped count.
    expect(pageStatements, pageStatements.join('\n')).toHaveLength(2)
  })
})
