import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import MemoryCacheHandler, { clearMemoryCache, memoryCacheSize } from '@/lib/cache/handler/memoryCacheHandler.mjs'

const later = () => new Promise((resolve) => setTimeout(resolve, 3))
const nextClock = () => performance.timeOrigin + performance.now()

/** A rendered page as Next stores it, answering to `tags` (Next's x-next-cache-tags header). */
const page = (html: string, tags: string[]) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc ${html}`),
  headers: { 'x-next-cache-tags': tags.join(',') },
  postponed: undefined,
  status: 200,
  segmentData: undefined,
})
const PAGE_CONTEXT = { kind: 'APP_PAGE' }
const handler = () => new MemoryCacheHandler({ maxMemoryCacheSize: 1024 * 1024 })

beforeEach(() => clearMemoryCache())
afterEach(() => vi.restoreAllMocks())

describe('MemoryCacheHandler', () => {
  it('keeps a page until one of its tags is dropped, then has nothing for it', async () => {
    const cache = handler()
    await cache.set('/posts/a', page('<h1>A</h1>', ['_N_T_/layout', '_N_T_/posts/a']), { cacheControl: { revalidate: 60, expire: undefined } })
    expect((await cache.get('/posts/a', PAGE_CONTEXT))?.value).toMatchObject({ html: '<h1>A</h1>' })
    await later()
    await cache.revalidateTag('_N_T_/posts/b')
    expect((await cache.get('/posts/a', PAGE_CONTEXT))?.value).toMatchObject({ html: '<h1>A</h1>' })
    await cache.revalidateTag(['_N_T_/posts/a'])
    expect(await cache.get('/posts/a', PAGE_CONTEXT)).toBeNull()
    expect(memoryCacheSize().entries).toBe(0)
  })

  it('drops at once on a server whose monotonic clock is ten minutes behind its wall clock (as after a suspend)', async () => {
    const monotonic = performance.now.bind(performance)
    vi.spyOn(performance, 'now').mockImplementation(() => monotonic() - 600_000)
    const cache = handler()
    await cache.set('/', page('<h1>Home</h1>', ['_N_T_/']), { cacheControl: { revalidate: 60, expire: undefined } })
    const stored = await cache.get('/', PAGE_CONTEXT)
    // Handed to Next on its own clock: the entry is new there, not ten minutes in its future.
    expect(Math.abs(nextClock() - (stored?.lastModified ?? 0))).toBeLessThan(1_000)
    await later()
    await cache.revalidateTag('_N_T_/')
    expect(await cache.get('/', PAGE_CONTEXT)).toBeNull()
  })

  it('does not keep a page whose making began before a drop and ended after it', async () => {
    const cache = handler()
    // A request finds the page missing and starts rendering it…
    expect(await cache.get('/', PAGE_CONTEXT)).toBeNull()
    await later()
    // …a post is published meanwhile…
    await cache.revalidateTag('_N_T_/')
    await later()
    // …and the render, made from the data before it, ends.
    await cache.set('/', page('<h1>Before the post</h1>', ['_N_T_/']), { cacheControl: { revalidate: 60, expire: undefined } })
    expect(await cache.get('/', PAGE_CONTEXT)).toBeNull()
    // The next render, begun after the drop, is kept.
    await later()
    await cache.set('/', page('<h1>With the post</h1>', ['_N_T_/']), { cacheControl: { revalidate: 60, expire: undefined } })
    expect((await cache.get('/', PAGE_CONTEXT))?.value).toMatchObject({ html: '<h1>With the post</h1>' })
  })

  it('drops cached data by its own tags or by those of the page that reads it', async () => {
    const cache = handler()
    const data = { kind: 'FETCH', data: { headers: {}, body: '"feed"', status: 200, url: '' }, revalidate: 120 }
    await cache.set('feed-key', data, { fetchCache: true, tags: ['everything', 'posts'] })
    const readBy = (path: string) => ({ kind: 'FETCH', tags: ['everything', 'posts'], softTags: [`_N_T_${path}`] })
    expect((await cache.get('feed-key', readBy('/feed.xml')))?.value).toEqual(data)
    await later()
    await cache.revalidateTag('_N_T_/feed.xml')
    expect(await cache.get('feed-key', readBy('/feed.xml'))).toBeNull()

    await later()
    await cache.set('feed-key', data, { fetchCache: true, tags: ['everything', 'posts'] })
    await later()
    await cache.revalidateTag('posts', { expire: 0 })
    expect(await cache.get('feed-key', { kind: 'FETCH' })).toBeNull()
  })

  it('keeps a tag given a later expiry until then', async () => {
    const cache = handler()
    await cache.set('/sources', page('<h1>Sources</h1>', ['_N_T_/sources']), { cacheControl: { revalidate: 60, expire: undefined } })
    await later()
    await cache.revalidateTag('_N_T_/sources', { expire: 300 })
    expect((await cache.get('/sources', PAGE_CONTEXT))?.value).toMatchObject({ html: '<h1>Sources</h1>' })
  })

  it('holds at most its memory bound, dropping the least recently used first', async () => {
    const cache = new MemoryCacheHandler({ maxMemoryCacheSize: 2_500 })
    const body = (letter: string) => ({ kind: 'APP_ROUTE', body: Buffer.alloc(1_000, letter), status: 200, headers: {} })
    await cache.set('/a', body('a'), {})
    await cache.set('/b', body('b'), {})
    // /a read last: /b is the least recently used when /c comes.
    expect(await cache.get('/a', { kind: 'APP_ROUTE' })).not.toBeNull()
    await cache.set('/c', body('c'), {})
    expect(await cache.get('/b', { kind: 'APP_ROUTE' })).toBeNull()
    expect(await cache.get('/a', { kind: 'APP_ROUTE' })).not.toBeNull()
    expect(await cache.get('/c', { kind: 'APP_ROUTE' })).not.toBeNull()
    expect(memoryCacheSize()).toEqual({ entries: 2, bytes: 2 * (2 + 1_000) })
  })
})
