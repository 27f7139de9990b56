/**
 * What a reader's requests cost: no client hints outside the admin (Payload adds them everywhere,
 * and Critical-CH makes Chromium fetch every first page twice); pages served from the cache and
 * dropped exactly when a change shows on them (lib/cache/invalidationPolicy.ts).
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { ADMIN, loginAsAdmin, servedFromCache } from './helpers'

const hintHeaders = (headers: Record<string, string>) => ({
  acceptCh: headers['accept-ch'],
  criticalCh: headers['critical-ch'],
  varyOnHint: /sec-ch-/i.test(headers.vary ?? ''),
})

test('public pages and feeds carry no client hints; the admin keeps its colour-scheme hint', async ({ request }) => {
  for (const path of ['/', '/archive', '/feed.xml', '/sources']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(hintHeaders(response.headers()), path).toEqual({ acceptCh: undefined, criticalCh: undefined, varyOnHint: false })
  }
  // (Next writes the admin's Vary itself, so Payload's Vary line never showed there.)
  const admin = await request.get('/admin/login')
  expect(hintHeaders(admin.headers())).toMatchObject({ acceptCh: 'Sec-CH-Prefers-Color-Scheme', criticalCh: 'Sec-CH-Prefers-Color-Scheme' })
})

test('a first visit to the home page is one document request, not a restarted one', async ({ browser }) => {
  const reader = await browser.newContext()
  const page = await reader.newPage()
  const documents: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url())
  })
  await page.goto('/')
  await expect(page.locator('main')).toBeVisible()
  expect(documents).toEqual([new URL('/', page.url()).toString()])
  await reader.close()
})

test.describe('every public page from cache, dropped exactly when a change affects it', () => {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const slug = (name: string) => `cache-${name}-${stamp}`

  /** The page's text and whether it came from the cache without being rendered again. */
  async function read(request: APIRequestContext, path: string) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    return { text: await response.text(), cache: response.headers()['x-nextjs-cache'] }
  }

  test('publishing, unpublishing and deleting a post show on its lists, terms, feeds, sitemap and neighbours at once; other pages stay cached', async ({ request, browser }) => {
    expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
    const category = async (name: string) => (await (await request.post('/api/categories', { data: { title: `Cache ${name} ${stamp}`, slug: slug(name) } })).json()).doc.id as number
    const [near, far] = [await category('near'), await category('far')]
    const post = async (name: string, publishedAt: string, categories: number[]) =>
      (await (await request.post('/api/posts', { data: { title: `Cache ${name} ${stamp}`, slug: slug(name), content: lexicalDocument(paragraph(`The ${name} post.`)), categories, publishedAt, _status: 'published' } })).json()).doc as { id: number; slug: string }
    const earlier = await post('earlier', new Date(Date.now() - 60_000).toISOString(), [near])
    const elsewhere = await post('elsewhere', '1911-01-01T00:00:00.000Z', [far])
    // The archive page of the year the new post is published in, and one of another year.
    const thisYear = `/archive/${new Date().getUTCFullYear()}`

    const reader = (await browser.newContext()).request
    const watched = ['/', '/archive', thisYear, '/archive/1911', `/categories/${slug('near')}`, `/categories/${slug('far')}`, `/posts/${earlier.slug}`, `/posts/${elsewhere.slug}`]
    for (const path of watched) await read(reader, path)
    for (const path of watched) expect((await read(reader, path)).cache, `${path} on its second request`).toBe('HIT')
    const feeds = ['/feed.xml', '/atom.xml', '/feed.json', `/categories/${slug('near')}/feed.xml`, '/sitemap.xml']
    for (const path of feeds) await read(reader, path)

    const title = `Cache newest ${stamp}`
    const newest = (await (await request.post('/api/posts', { data: { title, slug: slug('newest'), content: lexicalDocument(paragraph('Just published.')), categories: [near], _status: 'published' } })).json()).doc as { id: number; slug: string }
    for (const path of ['/', '/archive', thisYear, `/categories/${slug('near')}`]) expect((await read(reader, path)).text, path).toContain(title)
    for (const path of feeds) expect((await read(reader, path)).text, path).toContain(path === '/sitemap.xml' ? `/posts/${newest.slug}` : title)
    // The post published just before it now links to it as the next one.
    expect((await read(reader, `/posts/${earlier.slug}`)).text).toContain(`/posts/${newest.slug}`)
    // Pages the post is not on were not rendered again.
    expect((await read(reader, `/categories/${slug('far')}`)).cache).toBe('HIT')
    expect((await read(reader, `/posts/${elsewhere.slug}`)).cache).toBe('HIT')
    expect((await read(reader, '/archive/1911')).cache).toBe('HIT')

    expect((await request.patch(`/api/posts/${newest.id}`, { data: { _status: 'draft' } })).status()).toBe(200)
    for (const path of ['/', '/archive', thisYear, `/categories/${slug('near')}`]) expect((await read(reader, path)).text, path).not.toContain(title)
    for (const path of feeds) expect((await read(reader, path)).text, path).not.toContain(path === '/sitemap.xml' ? `/posts/${newest.slug}` : title)
    expect((await read(reader, `/posts/${earlier.slug}`)).text).not.toContain(`/posts/${newest.slug}`)
    expect((await reader.get(`/posts/${newest.slug}`)).status()).toBe(404)

    expect((await request.delete(`/api/posts/${earlier.id}`)).status()).toBe(200)
    expect((await read(reader, `/categories/${slug('near')}`)).text).not.toContain(`Cache earlier ${stamp}`)
    expect((await reader.get(`/posts/${earlier.slug}`)).status()).toBe(404)
    expect((await read(reader, `/categories/${slug('far')}`)).cache).toBe('HIT')

    await request.delete(`/api/posts/${newest.id}`)
    await request.delete(`/api/posts/${elsewhere.id}`)
    await request.delete(`/api/categories/${near}`)
    await request.delete(`/api/categories/${far}`)
  })

  test('the sources and videos lists, filtered or not, are cached; a new source or video shows on its lists at once', async ({ request, browser }) => {
    expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
    const reader = (await browser.newContext()).request
    const lists = ['/sources', '/sources?type=speech', '/sources?type=pamphlet', '/videos', '/videos?channel=scriptorium-reads']
    for (const path of lists) await read(reader, path)
    for (const path of lists) expect((await read(reader, path)).cache, `${path} on its second request`).toBe('HIT')
    expect((await reader.get('/videos?channel=no-such-channel')).status()).toBe(404)

    const title = `Cache speech ${stamp}`
    const source = (await (await request.post('/api/sources', { data: { type: 'speech', title, authors: [{ family: 'Orator', given: 'Ann' }], issued: { year: 1910 } } })).json()).doc as { id: number }
    // The style may re-case a title: the entry's link (its slug) is what is looked for.
    const entry = `/sources/cache-speech-${stamp}`
    for (const path of ['/sources', '/sources?type=speech']) expect((await read(reader, path)).text, path).toContain(entry)
    expect((await read(reader, '/sources?type=pamphlet')).cache).toBe('HIT')

    const video = `Cache video ${stamp}`
    const created = (await (await request.post('/api/videos', { data: { title: video, slug: slug('video'), youtubeUrl: 'https://www.youtube.com/watch?v=cAcHeV1d3o0', publishedAt: '2999-01-01T00:00:00.000Z' } })).json()).doc as { id: number }
    expect((await read(reader, '/videos')).text).toContain(video)
    expect((await request.delete(`/api/videos/${created.id}`)).status()).toBe(200)
    expect((await read(reader, '/videos')).text).not.toContain(video)
    expect((await request.delete(`/api/sources/${source.id}`)).status()).toBe(200)
    expect((await read(reader, '/sources?type=speech')).text).not.toContain(entry)
  })

  test('a channel added, renamed or removed shows in the header of pages already cached', async ({ request, browser }) => {
    expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
    const reader = (await browser.newContext()).request
    const watched = ['/', '/archive']
    for (const path of watched) await read(reader, path)
    for (const path of watched) expect((await read(reader, path)).cache, `${path} on its second request`).toBe('HIT')

    const name = `Cache channel ${stamp}`
    const channel = (await (await request.post('/api/channels', { data: { name, slug: slug('channel'), url: `https://www.youtube.com/@cache${stamp}` } })).json()).doc as { id: number }
    for (const path of watched) expect((await read(reader, path)).text, path).toContain(name)
    expect((await request.patch(`/api/channels/${channel.id}`, { data: { name: `${name} renamed` } })).status()).toBe(200)
    for (const path of watched) expect((await read(reader, path)).text, path).toContain(`${name} renamed`)
    expect((await request.delete(`/api/channels/${channel.id}`)).status()).toBe(200)
    for (const path of watched) expect((await read(reader, path)).text, path).not.toContain(name)
  })
})

test('a page view prefetches at most the next part of a series, not every link in view', async ({ browser }) => {
  const reader = await browser.newContext()
  const page = await reader.newPage()
  const prefetches: string[] = []
  page.on('request', (request) => {
    const headers = request.headers()
    if (headers['next-router-prefetch'] || headers.rsc || request.url().includes('_rsc=')) prefetches.push(request.url())
  })
  for (const path of ['/', '/posts/reading-aloud-part-1-why-listen-to-a-book', '/archive', '/sources']) {
    prefetches.length = 0
    await page.goto(path)
    await expect(page.locator('main')).toBeVisible()
    // Every link in view once, then the time a prefetch takes to be asked for.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForTimeout(1500)
    expect(prefetches.length, `${path}: ${prefetches.join(', ')}`).toBeLessThanOrEqual(path.startsWith('/posts/') ? 1 : 0)
  }
  await reader.close()
})

test('a page view asks for nothing the site does not have (no 404 in the console), and note links both ways are underlined', async ({ browser }) => {
  const reader = await browser.newContext()
  const page = await reader.newPage()
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
  })
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  for (const path of ['/', '/posts/this-will-kill-that-how-print-frightened-the-scribes']) {
    await page.goto(path)
    await expect(page.locator('main')).toBeVisible()
  }
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /icon/)
  expect((await reader.request.get((await page.locator('link[rel="icon"]').first().getAttribute('href')) ?? '')).status()).toBe(200)
  const noteLink = page.locator('.note-ref a').first()
  await expect(noteLink).toHaveCSS('text-decoration-line', 'underline')
  // The notes' links back to their citations sit in the notes' text too (Lighthouse: link-in-text-block).
  await expect(page.locator('.notes__back').first()).toHaveCSS('text-decoration-line', 'underline')
  const bibtexSize = await page.locator('.cite-this__bibtex').evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  expect(bibtexSize).toBeGreaterThanOrEqual(12)
  expect(failed).toEqual([])
  expect(errors).toEqual([])
  // Media files are named after their content: a year in any cache, never asked for again.
  const image = await page.locator('main img').first().getAttribute('src')
  expect(image).toMatch(/^\/api\/media\/file\//)
  expect((await reader.request.get(image!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  await reader.close()
})

test('a publish scheduled in the admin shows on its page, home, its category and the feed as soon as the job runs', async ({ page, browser }) => {
  test.setTimeout(240_000)
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  await loginAsAdmin(page)
  const category = (await (await page.request.post('/api/categories', { data: { title: `Scheduled ${stamp}`, slug: `scheduled-${stamp}` } })).json()).doc
  const title = `Scheduled script ${stamp}`
  const post = (await (await page.request.post('/api/posts?draft=true', { data: { title, slug: `scheduled-${stamp}`, content: lexicalDocument(paragraph('Out at its time.')), categories: [category.id], _status: 'draft' } })).json()).doc

  const reader = (await browser.newContext()).request
  for (const path of ['/', `/categories/scheduled-${stamp}`]) {
    await reader.get(path)
    // Home may have been cached by an earlier file over a minute ago: HIT or STALE, never made anew.
    expect(servedFromCache((await reader.get(path)).headers()), path).toBe(true)
  }
  expect(await (await reader.get('/feed.xml')).text()).not.toContain(title)
  expect((await reader.get(`/posts/scheduled-${stamp}`)).status()).toBe(404)

  // The admin's own "Schedule publish", for the next minute the job runner looks at.
  await page.goto(`/admin/collections/posts/${post.id}`)
  // The chevron beside Publish (Payload's Popup takes the button's id plus "-popup").
  await page.locator('#action-save-popup .popup-button').filter({ visible: true }).first().click({ timeout: 15_000 })
  await page.getByRole('button', { name: /Schedule Publish/i }).click({ timeout: 15_000 })
  const when = new Date(Date.now() + 60_000)
  // The picker's own display format, "MMM d, yyy h:mm a" (Payload's DatePicker), in UTC like the browser.
  const typed = `${when.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${when.getUTCDate()}, ${when.getUTCFullYear()} ${when.toLocaleString('en-US', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' })}`
  const drawer = page.getByRole('dialog')
  await drawer.getByText('Publish', { exact: true }).click()
  await expect(drawer.getByRole('radio', { name: 'Publish', exact: true })).toBeChecked()
  const dateInput = drawer.getByRole('textbox').first()
  await dateInput.fill(typed, { timeout: 15_000 })
  await dateInput.press('Tab', { timeout: 15_000 })
  await drawer.getByRole('button', { name: 'Save' }).click({ timeout: 15_000 })
  await expect(drawer.getByText('No upcoming events scheduled.')).toBeHidden()

  // Readers keep the pages cached while the job is due (each is at most a few seconds old when it runs).
  await expect
    .poll(
      async () => {
        for (const path of ['/', `/categories/scheduled-${stamp}`, '/feed.xml']) await reader.get(path)
        return (await (await page.request.get(`/api/posts/${post.id}?depth=0`)).json())._status
      },
      { timeout: 180_000, intervals: [1_000] },
    )
    .toBe('published')
  // Within 2 s, not when the pages' 60 s interval runs out: the job's change reached the cache.
  for (const path of ['/', `/categories/scheduled-${stamp}`, '/feed.xml', `/posts/scheduled-${stamp}`]) {
    await expect.poll(async () => (await (await reader.get(path)).text()).includes(title), { timeout: 2_000, intervals: [100] }).toBe(true)
  }
  await page.request.delete(`/api/posts/${post.id}`)
  await page.request.delete(`/api/categories/${category.id}`)
})

test('the site-wide source exports are made once and dropped when a source is added or edited', async ({ request }) => {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const reader = request
  for (const path of ['/sources.json', '/sources.bib', '/sources.ris']) expect(await (await reader.get(path)).text()).not.toContain(stamp)
  const source = (await (await request.post('/api/sources', { data: { type: 'book', title: `A cached book ${stamp}`, authors: [{ family: 'Cachewell', given: 'Ada' }] } })).json()).doc
  for (const path of ['/sources.json', '/sources.bib', '/sources.ris']) expect(await (await reader.get(path)).text(), path).toContain(`A cached book ${stamp}`)
  expect((await request.patch(`/api/sources/${source.id}`, { data: { title: `A renamed book ${stamp}` } })).status()).toBe(200)
  for (const path of ['/sources.json', '/sources.bib', '/sources.ris']) {
    const text = await (await reader.get(path)).text()
    expect(text, path).toContain(`A renamed book ${stamp}`)
    expect(text, path).not.toContain(`A cached book ${stamp}`)
  }
  await request.delete(`/api/sources/${source.id}`)
})
