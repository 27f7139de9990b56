import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { extractChapters } from '@/lib/chapters/extractChapters'
import { extractCitations } from '@/lib/citations/extractCitations'
import { isContentEmpty, seedDemoContent, seedIfEmpty } from '@/lib/seed/seedDemoContent'

import { testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const countAll = async () => {
  const counts: Record<string, number> = {}
  for (const collection of ['posts', 'pages', 'sources', 'videos', 'channels', 'categories', 'series', 'users', 'media'] as const) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return counts
}

describe('demo content', () => {
  it('is not seeded into a database that has content (the empty case: the launcher e2e tests, which start on empty databases)', async () => {
    // Content of this test's own, whatever other files left: the database is not empty.
    await payload.create({ collection: 'sources', data: { type: 'book', title: `Seed guard ${process.pid} ${Date.now()}`, authors: [{ family: 'Guard', given: 'Seed' }] } })
    expect(await isContentEmpty(payload)).toBe(false)
    const before = await countAll()
    expect(await seedIfEmpty(payload, () => {})).toBe(false)
    expect(await countAll()).toEqual(before)
  })

  it('creates two channels, two videos, four sources, two published posts and an About page, and no user', async () => {
    const before = await countAll()
    await seedDemoContent(payload)
    const after = await countAll()
    expect(after.channels - before.channels).toBe(2)
    expect(after.videos - before.videos).toBe(2)
    expect(after.sources - before.sources).toBe(4)
    expect(after.posts - before.posts).toBe(2)
    expect(after.pages - before.pages).toBe(1)
    expect(after.users).toBe(before.users)

    const script = await payload.find({ collection: 'posts', where: { slug: { equals: 'this-will-kill-that-how-print-frightened-the-scribes' } }, depth: 1, overrideAccess: false })
    const post = script.docs[0]
    expect(post?._status).toBe('published')
    expect(post?.sources).toHaveLength(4)
    expect(typeof post?.video === 'object' && post?.video?.youtubeId).toBe('Pr1ntPr3ssA')
    const text = JSON.stringify(post?.content)
    // Quotations and citations are data: three quotation blocks and two inline citations, each tied to a source.
    const uses = extractCitations(post?.content)
    expect(uses.map(({ kind, label, locator }) => [kind, label, locator])).toEqual([
      ['quotation', 'chapter', '7'],
      ['quotation', 'section', '129'],
      ['citation', 'page', '113–126'],
      ['citation', 'section', '129'],
      ['quotation', 'chapter', 'V.2'],
    ])
    expect(post?.citedSources).toHaveLength(4)
    expect(text).not.toContain('{cite')
    expect(text).toContain('"tag":"h2"')
    expect(extractChapters(post?.content)).toEqual({
      chapters: [
        { title: 'The abbot’s complaint', start: 0, anchor: 'the-abbots-complaint' },
        { title: 'What print changed', start: 425, anchor: 'what-print-changed' },
        { title: 'This will kill that', start: 1110, anchor: 'this-will-kill-that' },
        { title: 'Sources and a note on method', start: 1720, anchor: 'sources-and-a-note-on-method' },
      ],
      markerProblems: [],
    })

    const inSeries = await payload.find({ collection: 'posts', where: { series: { exists: true }, slug: { equals: 'reading-aloud-part-1-why-listen-to-a-book' } } })
    expect(inSeries.docs[0]?.seriesPosition).toBe(1)
  })

  it('dates the posts and videos back from the day it seeds (61 and 43 days; posts at 15:00 UTC, their videos an hour later), so they are never in the future', async () => {
    await seedDemoContent(payload, new Date('2025-03-15T09:30:00.000Z'))
    const dateOf = async (collection: 'posts' | 'videos', slug: string) =>
      (await payload.find({ collection, where: { slug: { equals: slug } }, overrideAccess: true, limit: 1 })).docs[0]?.publishedAt
    expect(await dateOf('posts', 'this-will-kill-that-how-print-frightened-the-scribes')).toBe('2025-01-13T15:00:00.000Z')
    expect(await dateOf('videos', 'this-will-kill-that-how-print-frightened-the-scribes')).toBe('2025-01-13T16:00:00.000Z')
    expect(await dateOf('posts', 'reading-aloud-part-1-why-listen-to-a-book')).toBe('2025-01-31T15:00:00.000Z')
    expect(await dateOf('videos', 'reading-aloud-part-1-why-listen-to-a-book')).toBe('2025-01-31T16:00:00.000Z')
  })

  it('can run again without duplicating anything', async () => {
    const before = await countAll()
    await seedDemoContent(payload)
    expect(await countAll()).toEqual(before)
  })
})
