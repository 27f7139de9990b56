import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraph } from '../helpers/lexical'
import { expectFieldError, testPayload, unique } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const content = lexicalParagraph('Text.')

describe('slugs', () => {
  it('are made from the title when left empty', async () => {
    const title = `Ceci tuera cela ${unique('t')}`
    const post = await payload.create({ collection: 'posts', data: { title, content }, draft: true })
    expect(post.slug).toMatch(/^ceci-tuera-cela-t-/)
  })

  it('stay as the author edits them, and must be unique', async () => {
    const slug = unique('my-script')
    const post = await payload.create({ collection: 'posts', data: { title: 'Anything', slug, content }, draft: true })
    expect(post.slug).toBe(slug)
    await expect(payload.create({ collection: 'posts', data: { title: 'Other', slug, content }, draft: true })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'slug' })] },
    })
  })

  it('made from a title another document already took get a numeric suffix', async () => {
    const title = `Twenty Letters ${unique('t')}`
    const first = await payload.create({ collection: 'sources', data: { type: 'book', title } })
    const second = await payload.create({ collection: 'sources', data: { type: 'book', title } })
    expect(second.slug).toBe(`${first.slug}-2`)
    // Saving the first again keeps its own slug.
    expect((await payload.update({ collection: 'sources', id: first.id, data: { note: 'x' } })).slug).toBe(first.slug)
  })

  it('reject anything but lowercase ASCII and hyphens, with a message', async () => {
    await expectFieldError(payload.create({ collection: 'categories', data: { title: 'Bad', slug: 'Bad Slug!' } }), 'slug', /lowercase letters/)
  })
})

describe('videos', () => {
  it('store the canonical id and start time of a pasted YouTube URL', async () => {
    const video = await payload.create({
      collection: 'videos',
      data: { title: unique('Video'), youtubeUrl: '  https://youtu.be/HRb7B9fPhfA?t=1m40&si=tracking  ' },
    })
    expect(video).toMatchObject({ youtubeId: 'HRb7B9fPhfA', startSeconds: 100, youtubeUrl: 'https://youtu.be/HRb7B9fPhfA?t=1m40&si=tracking' })
  })

  it('refuse a URL that is not a video, saying why', async () => {
    await expectFieldError(
      payload.create({ collection: 'videos', data: { title: unique('Video'), youtubeUrl: 'https://www.youtube.com/playlist?list=PL46F0A159EC02DF82' } }),
      'youtubeUrl',
      /not a YouTube video URL/,
    )
  })

  it('link back to their script through the join field', async () => {
    const video = await payload.create({ collection: 'videos', data: { title: unique('Video'), youtubeUrl: 'https://www.youtube.com/watch?v=0zM3nApSvMg' } })
    const post = await payload.create({ collection: 'posts', data: { title: unique('Script'), content, video: video.id, _status: 'published' } })
    const withScript = await payload.findByID({ collection: 'videos', id: video.id, depth: 0 })
    expect(withScript.script?.docs).toEqual([post.id])
  })
})

describe('channels', () => {
  it('strip tracking parameters from the channel URL on save', async () => {
    const channel = await payload.create({
      collection: 'channels',
      data: { name: unique('Channel'), url: 'https://youtube.com/@scriptorium?src_vid=abc&feature=iv&annotation_id=annotation_1' },
    })
    expect(channel.url).toBe('https://www.youtube.com/@scriptorium')
  })

  it('refuse a video URL as a channel URL', async () => {
    await expectFieldError(
      payload.create({ collection: 'channels', data: { name: unique('Channel'), url: 'https://youtu.be/HRb7B9fPhfA' } }),
      'url',
      /must be on youtube\.com/,
    )
  })
})

describe('sources', () => {
  it('keep authors, issued date and the author’s note', async () => {
    const source = await payload.create({
      collection: 'sources',
      data: {
        type: 'book',
        title: unique('Twenty Letters to a Friend'),
        authors: [{ family: 'Alliluyeva', given: 'Svetlana' }, { literal: 'Editorial board' }],
        issued: { year: 1967, month: 10 },
        note: 'Memoir; only the quoted evidence is used.',
      },
    })
    expect(source.authors).toHaveLength(2)
    expect(source.issued).toMatchObject({ year: 1967, month: 10 })
  })

  it('accept only http(s) links and named authors', async () => {
    await expectFieldError(
      payload.create({ collection: 'sources', data: { type: 'webpage', title: unique('S'), url: 'javascript:alert(1)' } }),
      'url',
      /Only http/,
    )
    await expectFieldError(
      payload.create({ collection: 'sources', data: { type: 'book', title: unique('S'), authors: [{ given: 'Only' }] } }),
      'authors',
      /family name or a literal name/,
    )
  })
})

describe('posts', () => {
  it('keep an ordered, annotated sources list, series position and a publication date', async () => {
    const [a, b] = await Promise.all(
      ['First', 'Second'].map((title) => payload.create({ collection: 'sources', data: { type: 'book', title: unique(title) } })),
    )
    const series = await payload.create({ collection: 'series', data: { title: unique('Series') } })
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: unique('Script'),
        content,
        series: series.id,
        seriesPosition: 2,
        sources: [
          { source: b.id, annotation: 'Read second, listed first.' },
          { source: a.id, annotation: 'Out of date.' },
        ],
        _status: 'published',
      },
      depth: 0,
    })
    expect(post.sources?.map((row) => [row.source, row.annotation])).toEqual([
      [b.id, 'Read second, listed first.'],
      [a.id, 'Out of date.'],
    ])
    expect(post.seriesPosition).toBe(2)
    expect(Date.parse(post.publishedAt ?? '')).toBeGreaterThan(Date.now() - 60_000)
  })

  it('show anonymous readers their authors’ names, and nothing else about the users', async () => {
    const author = await payload.create({
      collection: 'users',
      data: { name: 'Svetlana Writer', email: `${unique('author')}@example.com`, password: 'correct-horse-battery', role: 'editor' },
    })
    const post = await payload.create({ collection: 'posts', data: { title: unique('Authored'), content, authors: [author.id], _status: 'published' } })
    const read = await payload.findByID({ collection: 'posts', id: post.id, overrideAccess: false, depth: 1 })
    expect(read.populatedAuthors?.map((a) => a.name)).toEqual(['Svetlana Writer'])
    expect(JSON.stringify(read)).not.toContain(author.email)
  })

  it('keep the last 100 saved versions of a post, as the README promises', async () => {
    const post = await payload.create({ collection: 'posts', data: { title: unique('Versions'), content }, draft: true })
    // 1 version at creation and 104 saves (v0 … v103): 105 made; the oldest 5 (creation, v0 … v3) let go.
    for (let i = 0; i < 104; i++) await payload.update({ collection: 'posts', id: post.id, data: { excerpt: `v${i}` }, draft: true })
    const versions = await payload.findVersions({ collection: 'posts', where: { parent: { equals: post.id } }, limit: 0, sort: 'createdAt' })
    expect(versions.totalDocs).toBe(100)
    expect(versions.docs.map((version) => version.version.excerpt ?? null).slice(0, 2)).toEqual(['v4', 'v5'])
    expect(versions.docs.at(-1)?.version.excerpt).toBe('v103')
  })
})

describe('a video’s script', () => {
  it('is one post: linking a second post to the same video is refused, naming the first', async () => {
    const video = await payload.create({ collection: 'videos', data: { title: unique('Video'), youtubeUrl: 'https://www.youtube.com/watch?v=HRb7B9fPhfA' } })
    const title = unique('First script')
    const first = await payload.create({ collection: 'posts', data: { title, content, video: video.id, _status: 'published' } })
    await expectFieldError(
      payload.create({ collection: 'posts', data: { title: unique('Second'), content, video: video.id, _status: 'published' } }),
      'video',
      new RegExp(`already the script of “${title}”`),
    )
    // Saving the first post again is not a conflict with itself.
    expect((await payload.update({ collection: 'posts', id: first.id, data: { excerpt: 'x' } })).video).toMatchObject({ id: video.id })
  })
})
