/**
 * What the import looks up for every item, now read once a run (documentIndex.ts, sourceResolver.ts,
 * writeRedirects.ts): slugs taken here or earlier in the same export get -2, -3 …; a video another
 * post has is reported, not linked, whether that post was here before or came earlier in the
 * export; a source keeps the URL it has, and a new one takes the first its SOURCES lists give;
 * an address already redirected is pointed at its new target; and a second run changes none of it.
 * Videos are read in one query a run, however many items embed one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { emptyReport } from '@/lib/import/wordpress/importReport'
import { importWordPress } from '@/lib/import/wordpress/importWordPress'
import { sourceResolver } from '@/lib/import/wordpress/sourceResolver'
import { lookupRedirect, redirectsChanged } from '@/lib/redirects/redirectTable'
import type { Post } from '@/payload-types'

import { lexicalParagraph } from '../helpers/lexical'
import { testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const VIDEOS = ['Lkups0000Aa', 'Lkups0000Bb']

async function cleanUp() {
  for (const collection of ['posts', 'pages'] as const) {
    await payload.delete({ collection, where: { or: [{ wordpressId: { like: '@lookups.example.com' } }, { slug: { in: ['printing-press-lookups', 'colophon-lookups'] } }] }, overrideAccess: true })
  }
  await payload.delete({ collection: 'tags', where: { slug: { equals: 'presses-lookups' } }, overrideAccess: true })
  await payload.delete({ collection: 'videos', where: { youtubeId: { in: VIDEOS } }, overrideAccess: true })
  await payload.delete({ collection: 'sources', where: { title: { in: ['The Printing Revolution in Lookups', 'A New Book on Lookups'] } }, overrideAccess: true })
  await payload.delete({ collection: 'redirects', where: { from: { exists: true } }, overrideAccess: true })
  await payload.delete({ collection: 'import-runs', where: { id: { exists: true } }, overrideAccess: true })
  redirectsChanged()
}
beforeEach(cleanUp)
afterAll(cleanUp)

const post = (id: number, slug: string, title: string, body: string) => `
<item><title>${title}</title><link>https://lookups.example.com/?p=${id}</link><wp:post_id>${id}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
  <wp:post_name>${slug}</wp:post_name><wp:post_date>2020-03-0${id - 9} 10:00:00</wp:post_date><wp:post_date_gmt>2020-03-0${id - 9} 09:00:00</wp:post_date_gmt>
  <category domain="post_tag" nicename="presses-lookups"><![CDATA[Presses]]></category>
  <content:encoded><![CDATA[${body}]]></content:encoded></item>`

function writeExport(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-lookups-')), 'lookups-export.xml')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Lookups</title><link>https://lookups.example.com</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://lookups.example.com</wp:base_blog_url>
<wp:tag><wp:term_id>5</wp:term_id><wp:tag_slug>presses-lookups</wp:tag_slug><wp:tag_name><![CDATA[Presses]]></wp:tag_name></wp:tag>
<item><title>Colophon</title><link>https://lookups.example.com/colophon-lookups/</link><wp:post_id>2</wp:post_id><wp:post_type>page</wp:post_type><wp:status>publish</wp:status>
  <wp:post_name>colophon-lookups</wp:post_name><content:encoded><![CDATA[How this site is made.]]></content:encoded></item>
${post(10, 'printing-press-lookups', 'The press, first', `The press arrived.

[embed]https://www.youtube.com/watch?v=Lkups0000Aa[/embed]

<h2>SOURCES</h2>
C. Eisenstein: ‘The Printing Revolution in Lookups’. The standard account. https://example.org/new-address`)}
${post(11, 'printing-press-lookups', 'The press, again', `The press stayed.

[embed]https://www.youtube.com/watch?v=Lkups0000Bb[/embed]

<h2>SOURCES</h2>
A. Newman: ‘A New Book on Lookups’. Read it first. https://example.org/first-address`)}
${post(12, 'another-lookups', 'Another script', `The same video as the one before.

[embed]https://www.youtube.com/watch?v=Lkups0000Bb[/embed]

<h2>SOURCES</h2>
A. Newman: ‘A New Book on Lookups’. Read it again. https://example.org/second-address`)}
</channel></rss>`,
  )
  return file
}

const bySlug = async (collection: 'posts' | 'pages', wordpressId: string) =>
  (await payload.find({ collection, where: { wordpressId: { equals: `${wordpressId}@lookups.example.com` } }, draft: true, depth: 0, overrideAccess: true })).docs[0] as Partial<Post> | undefined

describe('what the import looks up, read once a run', () => {
  it('finds taken slugs, claimed videos, kept source URLs and old redirects, here before and earlier in the run, and a second run keeps them', async () => {
    const handVideo = await payload.create({ collection: 'videos', data: { title: 'Hand-made video', youtubeUrl: 'https://www.youtube.com/watch?v=Lkups0000Aa' }, overrideAccess: true })
    await payload.create({ collection: 'posts', data: { title: 'Hand-made post', slug: 'printing-press-lookups', content: lexicalParagraph('Written here.'), video: handVideo.id, _status: 'published' }, overrideAccess: true })
    await payload.create({ collection: 'pages', data: { title: 'Hand-made colophon', slug: 'colophon-lookups', content: lexicalParagraph('Written here.'), _status: 'published' }, overrideAccess: true })
    const kept = await payload.create({ collection: 'sources', data: { type: 'book', title: 'The Printing Revolution in Lookups', authors: [{ family: 'Eisenstein', given: 'C.' }], url: 'https://example.org/kept-address' }, overrideAccess: true })
    await payload.create({ collection: 'redirects', data: { from: '/tag/presses-lookups', to: { type: 'custom', url: '/somewhere-else' } }, overrideAccess: true })

    const file = writeExport()
    const { report } = await importWordPress(payload, file)
    expect(report.counts.posts).toEqual({ created: 3, updated: 0, skipped: 0 })
    expect((await bySlug('pages', '2'))?.slug).toBe('colophon-lookups-2')
    expect((await bySlug('posts', '10'))?.slug).toBe('printing-press-lookups-2')
    expect((await bySlug('posts', '11'))?.slug).toBe('printing-press-lookups-3')
    expect(report.warnings.filter((warning) => warning.includes('already the video'))).toEqual([
      '“The press, first” links the video Lkups0000Aa, which is already the video of “Hand-made post”: not linked.',
      '“Another script” links the video Lkups0000Bb, which is already the video of “The press, again”: not linked.',
    ])
    expect((await bySlug('posts', '10'))?.video ?? null).toBeNull()
    expect((await bySlug('posts', '12'))?.video ?? null).toBeNull()
    expect((await payload.findByID({ collection: 'sources', id: kept.id, overrideAccess: true })).url).toBe('https://example.org/kept-address')
    const [created] = (await payload.find({ collection: 'sources', where: { title: { equals: 'A New Book on Lookups' } }, overrideAccess: true })).docs
    expect(created.url).toBe('https://example.org/first-address')

    // Redirects written together read back like any other: the old tag archive now leads to the tag.
    redirectsChanged()
    expect(await lookupRedirect('/tag/presses-lookups')).toBe('/tags/presses-lookups')
    expect(await lookupRedirect('/?p=11')).toBe('/posts/printing-press-lookups-3')
    const [postRedirect] = (await payload.find({ collection: 'redirects', where: { from: { equals: '/?p=11' } }, depth: 1, overrideAccess: true })).docs
    expect(postRedirect.to).toMatchObject({ type: 'reference', reference: { relationTo: 'posts', value: { slug: 'printing-press-lookups-3' } } })

    const again = await importWordPress(payload, file)
    expect(again.report.counts.posts).toEqual({ created: 0, updated: 3, skipped: 0 })
    expect(again.report.counts.redirects.created).toBe(0)
    expect([(await bySlug('pages', '2'))?.slug, (await bySlug('posts', '10'))?.slug, (await bySlug('posts', '11'))?.slug]).toEqual(['colophon-lookups-2', 'printing-press-lookups-2', 'printing-press-lookups-3'])
    expect((await bySlug('posts', '11'))?.video).toEqual(expect.any(Number))
    expect(again.report.warnings.filter((warning) => warning.includes('already the video'))).toHaveLength(2)
    expect((await payload.find({ collection: 'redirects', where: { from: { equals: '/?p=11' } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('reads the videos here once a run, not once an item, and still finds the ones it made earlier in the run', async () => {
    const find = vi.spyOn(payload, 'find')
    try {
      const { report } = await importWordPress(payload, writeExport())
      // Three posts embed a video (two distinct): one query for all, the second embed of Lkups0000Bb found in memory.
      expect(find.mock.calls.filter(([args]) => args.collection === 'videos')).toHaveLength(1)
      expect(report.counts.videos).toEqual({ created: 2, updated: 0, skipped: 1 })
    } finally {
      find.mockRestore()
    }
    const { docs } = await payload.find({ collection: 'videos', where: { youtubeId: { in: VIDEOS } }, sort: 'youtubeId', depth: 0, overrideAccess: true })
    expect(docs.map((video) => [video.youtubeId, video.title])).toEqual([
      ['Lkups0000Aa', 'The press, first'],
      ['Lkups0000Bb', 'The press, again'],
    ])
  })

  it('creates a new source once when two items name it at the same time (the next item is converted while one is saved)', async () => {
    const req = await createLocalReq({}, payload)
    const report = emptyReport('concurrent.xml', false)
    const resolve = await sourceResolver(payload, req, report)
    const [first, second] = await Promise.all([resolve('A. Lookup', 'A New Book on Lookups'), resolve('A. Lookup', 'A New Book on Lookups')])
    await Promise.all([resolve.keepUrl(first, 'https://books.example.com/lookups'), resolve.keepUrl(second, 'https://books.example.com/other')])
    expect(second).toBe(first)
    expect(report.counts.sources).toMatchObject({ created: 1 })
    const { docs } = await payload.find({ collection: 'sources', where: { title: { equals: 'A New Book on Lookups' } }, overrideAccess: true })
    expect(docs.map((doc) => [doc.id, doc.url])).toEqual([[first, 'https://books.example.com/lookups']])
  })
})
