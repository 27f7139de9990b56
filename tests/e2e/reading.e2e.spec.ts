/** The reader's pages: pagination, archive, the post page's parts, metadata, sitemap and robots. */
import { type APIRequestContext, expect, test } from '@playwright/test'
import sharp from 'sharp'

import { demoPublishedAt } from './demoDates'
import { ADMIN, servedFromCache } from './helpers'

const SLUG = 'this-will-kill-that-how-print-frightened-the-scribes'
const SCRIPT = `/posts/${SLUG}`
const stamp = Date.now().toString(36)
const paragraph = (text: string) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }] },
})

test.describe.configure({ mode: 'serial' })

test('the home page pages through posts ten at a time; /page/1 is home and pages past the end are 404', async ({ page, request }) => {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  // Old enough to sort after everything else, however many posts other tests add; on a database an
  // earlier run of this file left its posts in, the first goes a second before the oldest of them.
  const oldest = ((await (await request.get('/api/posts?sort=publishedAt&limit=1&depth=0')).json()) as { docs: { publishedAt?: string | null }[] }).docs[0]?.publishedAt
  const first = '2001-01-10T12:00:00.000Z'
  for (let index = 0; index < 11; index++) {
    const publishedAt = index === 0 && oldest && oldest <= first ? new Date(Date.parse(oldest) - 1000).toISOString() : `2001-01-${String(index + 10).padStart(2, '0')}T12:00:00.000Z`
    const response = await request.post('/api/posts', {
      data: { title: `Old script ${stamp} ${index}`, content: paragraph('Old.'), publishedAt, _status: 'published' },
    })
    expect(response.status()).toBe(201)
  }
  await page.goto('/')
  await expect(page.locator('.post-list__item')).toHaveCount(10)
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Older scripts →' }).click()
  await expect(page).toHaveURL(/\/page\/2$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest scripts, page 2')
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: '← Newer scripts' })).toHaveAttribute('href', '/')
  const lastPage = Number((await page.locator('.pagination__position').textContent())?.match(/of (\d+)/)?.[1])
  await page.goto(`/page/${lastPage}`)
  await expect(page.locator('.post-list h2').last()).toHaveText(`Old script ${stamp} 0`)

  expect((await request.get('/page/1', { maxRedirects: 0 })).status()).toBe(308)
  expect((await request.get(`/page/${lastPage + 1}`)).status()).toBe(404)
  expect((await request.get('/page/two')).status()).toBe(404)
})

test('the archive lists the years with their counts and one year at a time by month', async ({ page, request }) => {
  const press = await demoPublishedAt(request, 'posts', SLUG, 61, 15)
  // A script of this file's, published now: /archive shows the newest year, this one.
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const current = await request.post('/api/posts', { data: { title: `Archive now ${stamp}`, slug: `archive-now-${stamp}`, content: paragraph('Now.'), _status: 'published' } })
  expect(current.status()).toBe(201)
  await request.post('/api/users/logout')
  const thisYear = String(new Date().getUTCFullYear())
  await page.goto('/archive')
  const years = page.getByRole('navigation', { name: 'Years' })
  await expect(years.getByRole('link').first()).toHaveText(new RegExp(`^${thisYear}`))
  await expect(years.getByRole('link').first()).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('region', { name: thisYear }).getByRole('link', { name: `Archive now ${stamp}` })).toBeVisible()
  // Older years are a link away, not on the same page (at 10,000 posts one page was 4.6 MB).
  await expect(page.getByRole('region', { name: '2001' })).toHaveCount(0)
  await page.goto(`/archive/${press.year}`)
  await expect(page.getByRole('region', { name: press.year }).getByRole('region', { name: press.month }).getByRole('link', { name: 'This Will Kill That: How Print Frightened the Scribes' })).toBeVisible()
  await expect(years.getByRole('link', { name: press.year })).toHaveAttribute('aria-current', 'page')
  await page.goto('/archive')
  // How many each year has, on /archive only (this file published eleven in 2001; a re-run on the same database adds to them).
  await expect(years.getByRole('listitem').filter({ hasText: '2001' })).toHaveText(/^2001 \((1[1-9]|[2-9]\d|\d{3,})\)$/)
  await years.getByRole('link', { name: '2001' }).click()
  await expect(page).toHaveURL(/\/archive\/2001$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive: 2001')
  await expect(page.getByRole('region', { name: '2001' }).getByRole('region', { name: 'January' }).getByRole('link', { name: `Old script ${stamp} 3` })).toBeVisible()
  await expect(page.getByRole('region', { name: press.year })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Years' }).getByRole('listitem').filter({ hasText: '2001' })).toHaveText('2001')
  // A year with nothing published, and anything else under /archive, is not a page.
  for (const path of ['/archive/1066', '/archive/20x1', '/archive/2001/01']) expect((await request.get(path)).status(), path).toBe(404)
})

test('a post shows its dates, reading time, terms, contents and links to other posts', async ({ page, request }) => {
  const press = await demoPublishedAt(request, 'posts', SLUG, 61, 15)
  await page.goto(SCRIPT)
  await expect(page.locator('.post__meta')).toContainText(new RegExp(`^${press.day} ${press.month} ${press.year} · Updated \\d+ \\w+ \\d{4} · \\d+ min read`))
  await expect(page.getByRole('list', { name: 'Categories and tags' }).getByRole('link', { name: 'History of the Book' })).toHaveAttribute('href', '/categories/history-of-the-book')
  const contents = page.getByRole('navigation', { name: 'Contents' })
  await expect(contents.getByRole('link')).toHaveText(['The abbot’s complaint', 'What print changed', 'This will kill that', 'Sources and a note on method'])
  await expect(contents.getByRole('link', { name: 'What print changed' })).toHaveAttribute('href', '#what-print-changed')
  await expect(page.getByRole('navigation', { name: 'More scripts' }).getByRole('link')).not.toHaveCount(0)

  await page.goto('/posts/reading-aloud-part-1-why-listen-to-a-book')
  await expect(page.locator('.post__meta')).toContainText('Part 1 of Reading Aloud')
})

test('pages carry canonical, Open Graph and Twitter metadata and BlogPosting/BreadcrumbList data', async ({ page, baseURL, request }) => {
  const press = await demoPublishedAt(request, 'posts', SLUG, 61, 15)
  await page.goto(SCRIPT)
  const url = `${baseURL}${SCRIPT}`
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url)
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url)
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /^http:\/\/localhost:\d+\/api\/media\/file\//)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text))
  expect(data.find((item) => item['@type'] === 'BlogPosting')).toMatchObject({
    headline: 'This Will Kill That: How Print Frightened the Scribes',
    datePublished: press.iso,
    url,
    publisher: { '@type': 'Organization', name: 'Scriptorium' },
  })
  expect(data.find((item) => item['@type'] === 'BreadcrumbList').itemListElement.map((item: { item: string }) => item.item)).toEqual([`${baseURL}/`, url])

  await page.goto('/about')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/about`)
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website')
})

/** A draft of this file's own, which no public list may show (another file's drafts would not make the checks below fail alone). */
async function createDraft(request: APIRequestContext, words: string) {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const slug = `reading-draft-${stamp}-${Math.random().toString(36).slice(2, 8)}`
  const created = await request.post('/api/posts', { data: { title: `Reading draft ${stamp}`, slug, content: paragraph(words), _status: 'draft' } })
  expect(created.status()).toBe(201)
  await request.post('/api/users/logout')
  return slug
}

test('sitemap.xml lists published posts, pages, categories and series with lastmod; robots.txt points to it', async ({ request, baseURL }) => {
  const draftSlug = await createDraft(request, 'Not in the sitemap.')
  const response = await request.get('/sitemap.xml')
  expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8')
  const sitemap = await response.text()
  // A site of fewer than 2,000 addresses has one file, no index (tests/int/sitemapFiles.int.spec.ts: the split).
  expect(sitemap).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
  expect((await request.get('/sitemaps/1.xml')).status()).toBe(404)
  expect((await request.get('/sitemap.xml', { headers: { 'if-none-match': response.headers().etag } })).status()).toBe(304)
  expect(sitemap).not.toContain(draftSlug)
  expect(sitemap).toContain(`<loc>${baseURL}${SCRIPT}</loc>`)
  expect(sitemap).toContain(`<loc>${baseURL}/about</loc>`)
  expect(sitemap).toContain(`<loc>${baseURL}/categories/history-of-the-book</loc>`)
  expect(sitemap).toContain(`<loc>${baseURL}/series/reading-aloud</loc>`)
  expect(sitemap).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Disallow: /admin')
  expect(robots).toContain('Disallow: /api')
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
})

test('a page cannot take a slug the site uses itself', async ({ request }) => {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const response = await request.post('/api/pages', { data: { title: 'Search', slug: 'search', content: paragraph('x') } })
  expect(response.status()).toBe(400)
  expect((await response.json()).errors[0].data.errors[0]).toMatchObject({ path: 'slug', message: '"search" is used by the site itself (/search); choose another slug for this page.' })
})

test('search finds a phrase from the middle of a script, highlighted, from the header form', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('search').first().getByRole('searchbox').fill('"parchment will last"')
  await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=%22parchment\+will\+last%22$/)
  // Other test files publish scripts quoting the same line: find the demo script among the hits.
  await expect(page.getByRole('status')).toHaveText(/^\d+ scripts? match(es)? “"parchment will last"”\.$/)
  const hit = page.locator('.post-list__item', { has: page.getByRole('link', { name: 'This Will Kill That: How Print Frightened the Scribes' }) })
  // "will" is an English stop word: matched as part of the phrase, not highlighted.
  expect(await hit.locator('.search__snippet').innerHTML()).toContain('<mark>parchment</mark> will <mark>last</mark>')

  await page.goto(`/search?q=${encodeURIComponent("'; DROP TABLE posts; -- 📚")}`)
  await expect(page.getByRole('status')).toContainText('No scripts match')
  const hidden = `hiddenword${stamp.replace(/[^a-z]/g, '')}`
  await createDraft(page.request, `Only a draft says ${hidden}.`)
  await page.goto(`/search?q=${hidden}`)
  await expect(page.getByRole('status')).toContainText('No scripts match')
  await expect(page.locator('.post-list__item')).toHaveCount(0)
})

test('a published change is public on the next request; a renamed post answers 301 from its old address; unpublished is 404', async ({ request }) => {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const created = await request.post('/api/posts', { data: { title: `Fresh script ${stamp}`, slug: `fresh-${stamp}`, content: paragraph('Fresh.'), _status: 'published' } })
  const { doc } = await created.json()
  // No rebuild, no wait: the very next requests show it.
  expect(await (await request.get('/')).text()).toContain(`Fresh script ${stamp}`)
  expect((await request.get(`/posts/fresh-${stamp}`)).status()).toBe(200)

  // The post's page is rendered once and served from the cache; an edit drops the cached copy.
  await request.get(`/posts/fresh-${stamp}`)
  const cached = await request.get(`/posts/fresh-${stamp}`)
  expect(cached.headers()['x-nextjs-cache']).toBe('HIT')
  await request.patch(`/api/posts/${doc.id}`, { data: { title: `Fresh script, edited ${stamp}` } })
  expect(await (await request.get(`/posts/fresh-${stamp}`)).text()).toContain(`Fresh script, edited ${stamp}`)

  await request.patch(`/api/posts/${doc.id}`, { data: { slug: `renamed-${stamp}` } })
  const old = await request.get(`/posts/fresh-${stamp}`, { maxRedirects: 0 })
  expect(old.status()).toBe(301)
  expect(new URL(old.headers().location, 'http://x').pathname).toBe(`/posts/renamed-${stamp}`)
  expect((await request.get(`/posts/renamed-${stamp}`)).status()).toBe(200)

  // Pages too, at the site root.
  const page = (await (await request.post('/api/pages', { data: { title: 'Colophon', slug: `colophon-${stamp}`, content: paragraph('How this site is made.'), _status: 'published' } })).json()).doc
  await request.patch(`/api/pages/${page.id}`, { data: { slug: `how-this-site-is-made-${stamp}` } })
  const oldPage = await request.get(`/colophon-${stamp}`, { maxRedirects: 0 })
  expect(oldPage.status()).toBe(301)
  expect(new URL(oldPage.headers().location, 'http://x').pathname).toBe(`/how-this-site-is-made-${stamp}`)
  expect((await request.get(`/no-such-page-${stamp}`, { maxRedirects: 0 })).status()).toBe(404)

  await request.patch(`/api/posts/${doc.id}`, { data: { _status: 'draft' } })
  expect((await request.get(`/posts/renamed-${stamp}`)).status()).toBe(404)
  expect((await request.get(`/posts/fresh-${stamp}`, { maxRedirects: 0 })).status()).toBe(404)
  expect(await (await request.get('/')).text()).not.toContain(`Fresh script ${stamp}`)
})

test('a post shows its hero image with responsive sizes, and images in the text with alt text and caption', async ({ page, request }) => {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const png = await sharp({ create: { width: 1800, height: 900, channels: 3, background: '#446688' } }).png().toBuffer()
  const upload = async (alt: string) =>
    (await (await request.post('/api/media', { multipart: { file: { name: `${alt.replace(/\W+/g, '-')}-${stamp}.png`, mimeType: 'image/png', buffer: png }, _payload: JSON.stringify({ alt }) } })).json()).doc
  const hero = await upload('A printing press in a workshop')
  const inline = await upload('A page of a manuscript')
  const imageNode = { type: 'upload', version: 3, format: '', id: `u${stamp}`, relationTo: 'media', value: inline.id, fields: { caption: 'A scribe’s page, before print.' } }
  const content = paragraph('Text before the image.')
  ;(content.root.children as unknown[]).push(imageNode)
  const created = await request.post('/api/posts', { data: { title: `Illustrated ${stamp}`, slug: `illustrated-${stamp}`, heroImage: hero.id, content, _status: 'published' } })
  expect(created.status()).toBe(201)

  await page.goto(`/posts/illustrated-${stamp}`)
  const heroImage = page.locator('.post__hero img')
  await expect(heroImage).toHaveAttribute('alt', 'A printing press in a workshop')
  // The sized copies are WebP, offered in the picture's source; the img keeps the original (PNG) as the fallback.
  await expect(page.locator('.post__hero picture source[type="image/webp"]')).toHaveAttribute('srcset', /-768x432\.webp 768w.*-1600x800\.webp 1600w.*\.png 1800w/)
  await expect(heroImage).toHaveAttribute('srcset', /\.png 1800w$/)
  await expect.poll(() => heroImage.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/\.webp$/)
  await expect(heroImage).toHaveAttribute('width', '1800')
  await expect(heroImage).toHaveAttribute('height', '900')
  const figure = page.locator('article .figure')
  await expect(figure.locator('img')).toHaveAttribute('alt', 'A page of a manuscript')
  await expect(figure.locator('figcaption')).toHaveText('A scribe’s page, before print.')
})

test('renaming a category refreshes the cached pages of the posts in it', async ({ request }) => {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  await request.get(SCRIPT)
  // The demo script may have been cached by an earlier file over a minute ago: HIT or STALE, never made anew.
  expect(servedFromCache((await request.get(SCRIPT)).headers())).toBe(true)
  const { docs } = await (await request.get('/api/categories?where[slug][equals]=history-of-the-book&depth=0')).json()
  await request.patch(`/api/categories/${docs[0].id}`, { data: { title: `History of Books ${stamp}` } })
  try {
    expect(await (await request.get(SCRIPT)).text()).toContain(`History of Books ${stamp}`)
  } finally {
    await request.patch(`/api/categories/${docs[0].id}`, { data: { title: 'History of the Book' } })
  }
})
