/**
 * A feed's Last-Modified moves forward whenever what it shows changes, so a reader's
 * If-Modified-Since is never answered 304 for a feed that changed: also when a post dated in the
 * future joins it with no write at that moment, and when its newest post leaves it.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { testPayload, unique } from './payload'

let payload: Payload
// Imported once the test environment is set (the module reads the Payload config).
let feedResponse: (typeof import('@/lib/feeds/feedResponse'))['feedResponse']
beforeAll(async () => {
  payload = await testPayload()
  ;({ feedResponse } = await import('@/lib/feeds/feedResponse'))
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The tag's RSS feed as a reader asks for it, with the Last-Modified it holds. */
async function fetchTagFeed(slug: string, ifModifiedSince?: string) {
  const request = new Request(`http://localhost/tags/${slug}/feed.xml`, { headers: ifModifiedSince ? { 'If-Modified-Since': ifModifiedSince } : {} })
  const response = await feedResponse(request, 'rss', { kind: 'tags', slug })
  return { status: response.status, lastModified: response.headers.get('last-modified'), body: await response.text() }
}

/** The feed once it carries Last-Modified (left out during the second of a change). */
async function settledTagFeed(slug: string) {
  for (let waited = 0; waited < 3_000; waited += 250) {
    const feed = await fetchTagFeed(slug)
    if (feed.lastModified) return feed
    await sleep(250)
  }
  throw new Error(`The feed of tag ${slug} carried no Last-Modified for 3 s`)
}

it('a post dated a few seconds ahead joins the feed when its date comes, and the feed is no longer "not modified"', async () => {
  const slug = unique('lm-scheduled')
  const tag = await payload.create({ collection: 'tags', data: { title: slug, slug }, overrideAccess: true })
  const content = lexicalDocument(paragraph('Text.'))
  await payload.create({ collection: 'posts', data: { title: `Already out ${slug}`, content, tags: [tag.id], _status: 'published', publishedAt: new Date(Date.now() - 60_000).toISOString() }, overrideAccess: true })
  const comesAt = Date.now() + 3_000
  await payload.create({ collection: 'posts', data: { title: `Comes later ${slug}`, content, tags: [tag.id], _status: 'published', publishedAt: new Date(comesAt).toISOString() }, overrideAccess: true })

  const before = await settledTagFeed(slug)
  expect(before.body).toContain(`Already out ${slug}`)
  expect(before.body).not.toContain(`Comes later ${slug}`)
  expect((await fetchTagFeed(slug, before.lastModified!)).status).toBe(304)

  await sleep(comesAt - Date.now() + 1_100)
  const after = await fetchTagFeed(slug, before.lastModified!)
  expect(after.status).toBe(200)
  expect(after.body).toContain(`Comes later ${slug}`)
}, 30_000)

it('when the newest post leaves the feed, a reader holding the older Last-Modified gets the feed again', async () => {
  const slug = unique('lm-removed')
  const tag = await payload.create({ collection: 'tags', data: { title: slug, slug }, overrideAccess: true })
  const content = lexicalDocument(paragraph('Text.'))
  await payload.create({ collection: 'posts', data: { title: `Stays ${slug}`, content, tags: [tag.id], _status: 'published', publishedAt: new Date(Date.now() - 120_000).toISOString() }, overrideAccess: true })
  const newest = await payload.create({ collection: 'posts', data: { title: `Leaves ${slug}`, content, tags: [tag.id], _status: 'published', publishedAt: new Date(Date.now() - 60_000).toISOString() }, overrideAccess: true })

  const held = await settledTagFeed(slug)
  expect(held.body).toContain(`Leaves ${slug}`)
  await payload.delete({ collection: 'posts', id: newest.id, overrideAccess: true })
  const again = await settledTagFeed(slug)
  expect(again.body).not.toContain(`Leaves ${slug}`)
  expect((await fetchTagFeed(slug, held.lastModified!)).status).toBe(200)
}, 30_000)

it('changes saved at the same moment, the first ever, all save and leave one mark that never moves back', async () => {
  const { markFeedsChanged, feedsChangedAt } = await import('@/lib/cache/feedsChangedAt')
  // The key-value store starts without the mark, as on a new site (Payload's own upsert is a read, then a create).
  await payload.db.deleteMany({ collection: 'payload-kv', where: { key: { equals: 'feeds:changed-at' } } })
  const before = Date.now()
  const stamp = unique('concurrent')
  const saved = await Promise.allSettled([1, 2, 3, 4, 5].map((index) => payload.create({ collection: 'categories', data: { title: `Concurrent ${index} ${stamp}`, slug: `${stamp}-${index}` }, overrideAccess: true })))
  expect(saved.map((result) => (result.status === 'rejected' ? String(result.reason) : 'saved'))).toEqual(['saved', 'saved', 'saved', 'saved', 'saved'])
  const marked = await feedsChangedAt(payload)
  expect(marked).toBeGreaterThanOrEqual(before)
  const { totalDocs } = await payload.db.count({ collection: 'payload-kv', where: { key: { equals: 'feeds:changed-at' } } })
  expect(totalDocs).toBe(1)
  // An instance whose clock is behind (or a change stored late) does not move the mark back.
  const realNow = Date.now
  Date.now = () => marked - 60_000
  try {
    await markFeedsChanged(payload, ['feeds:site'])
  } finally {
    Date.now = realNow
  }
  expect(await feedsChangedAt(payload)).toBe(marked)
})
