/**
 * The site feeds as a feed reader sees them, checked against ../shared/fixtures/feeds/CHECKLIST.md
 * (sections 0–4) with an XML parser other than the generator.
 */
import { spawnSync } from 'node:child_process'

import { expect, test } from '@playwright/test'
import { XMLValidator } from 'fast-xml-parser'

import { atomText, feedsText, parser, untilLastModified } from './feedDocuments'
import { loginAsAdmin } from './helpers'

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/
const stamp = Date.now().toString(36)

const paragraph = (text: string) => ({
  root: {
    type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }],
  },
})

/** Every href/src in HTML must be absolute http(s) (checklist §0). */
function expectAbsoluteUrls(html: string) {
  for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) expect(url).toMatch(/^(https?:\/\/|mailto:)/)
  expect(html).not.toMatch(/<(script|iframe|embed|object|style)\b/i)
  expect(html).not.toMatch(/\son\w+=/i)
}

test.describe.configure({ mode: 'serial' })

test('drafts and future-dated posts never appear; published ones do, newest first', async ({ page, request }) => {
  await loginAsAdmin(page)
  const draft = await page.request.post('/api/posts?draft=true', { data: { title: `Feed draft ${stamp}`, content: paragraph('secret'), _status: 'draft' } })
  expect(draft.ok()).toBe(true)
  const future = await page.request.post('/api/posts', {
    data: { title: `Feed future ${stamp}`, content: paragraph('later'), _status: 'published', publishedAt: new Date(Date.now() + 86_400_000).toISOString() },
  })
  expect(future.ok()).toBe(true)
  for (const body of await feedsText(request)) {
    expect(body).not.toContain(`Feed draft ${stamp}`)
    expect(body).not.toContain(`Feed future ${stamp}`)
    expect(body).toContain('This Will Kill That: How Print Frightened the Scribes')
  }
})

test('RSS 2.0: media type, channel, self link, opaque guids, RFC 822 dates, absolute full content with sources', async ({ request, baseURL }) => {
  const response = await request.get('/feed.xml')
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
  const xml = await response.text()
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true)
  expect(XMLValidator.validate(xml)).toBe(true)
  const { rss } = parser.parse(xml)
  expect(rss['@version']).toBe('2.0')
  const channel = rss.channel
  expect(channel.title).toBe('Scriptorium')
  expect(channel.link).toBe(`${baseURL}/`)
  expect(channel.description).toBeTruthy()
  expect(channel['atom:link']).toMatchObject({ '@href': `${baseURL}/feed.xml`, '@rel': 'self', '@type': 'application/rss+xml' })
  const items = channel.item as Record<string, unknown>[]
  expect(items.length).toBeGreaterThanOrEqual(2)
  const dates = items.map((item) => Date.parse(item.pubDate as string))
  expect(dates).toEqual([...dates].sort((a, b) => b - a))
  for (const item of items) {
    expect(item.pubDate).toMatch(RFC822)
    expect(item.guid).toMatchObject({ '@isPermaLink': 'false' })
    expect((item.guid as { '#text': string })['#text']).toMatch(/^urn:scriptorium:post:\d+$/)
    expect(item.link).toMatch(new RegExp(`^${baseURL}/posts/`))
    expect(item.author).toBeUndefined()
    expectAbsoluteUrls(item['content:encoded'] as string)
  }
  const script = items.find((item) => item.title === 'This Will Kill That: How Print Frightened the Scribes')!
  expect(script['content:encoded']).toContain('<blockquote>')
  expect(script['content:encoded']).toContain('<h2>Sources</h2>')
  expect(script['content:encoded']).toContain('https://www.youtube.com/watch?v=Pr1ntPr3ssA')
  expect(script.category).toEqual(expect.arrayContaining([expect.objectContaining({ '#text': 'History of the Book' })]))
})

test('Atom 1.0: media type, id/title/updated, self link, RFC 3339 dates, unique entry ids', async ({ request, baseURL }) => {
  const response = await request.get('/atom.xml')
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
  const xml = await response.text()
  expect(XMLValidator.validate(xml)).toBe(true)
  const { feed } = parser.parse(xml)
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
  expect(feed.id).toBeTruthy()
  expect(feed.title).toBe('Scriptorium')
  expect(feed.updated).toMatch(RFC3339)
  expect(feed.author?.name).toBeTruthy()
  expect(feed.link).toEqual(expect.arrayContaining([expect.objectContaining({ '@rel': 'self', '@href': `${baseURL}/atom.xml` })]))
  const entries = feed.entry as Record<string, unknown>[]
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length)
  for (const entry of entries) {
    expect(entry.updated).toMatch(RFC3339)
    expect(entry.published).toMatch(RFC3339)
    expect(entry.title).toBeTruthy()
    expectAbsoluteUrls((entry.content as { '#text': string })['#text'])
  }
})

test('JSON Feed 1.1: media type and required fields', async ({ request, baseURL }) => {
  const response = await request.get('/feed.json')
  expect(response.headers()['content-type']).toBe('application/feed+json; charset=utf-8')
  const feed = await response.json()
  expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: 'Scriptorium', home_page_url: `${baseURL}/`, feed_url: `${baseURL}/feed.json` })
  for (const item of feed.items) {
    expect(item.id).toMatch(/^urn:scriptorium:post:\d+$/)
    expect(item.url).toMatch(/^https?:\/\//)
    expect(item.date_published).toMatch(RFC3339)
    expectAbsoluteUrls(item.content_html)
  }
})

test('conditional GET answers 304 to If-None-Match and If-Modified-Since; shared caches may keep a copy', async ({ request }) => {
  for (const path of ['/feed.xml', '/atom.xml', '/feed.json']) {
    await untilLastModified(request, path)
    const first = await request.get(path)
    const { etag, 'last-modified': lastModified, 'cache-control': cacheControl } = first.headers()
    expect(etag).toBeTruthy()
    expect(cacheControl).toContain('s-maxage')
    expect((await request.get(path, { headers: { 'If-None-Match': etag } })).status()).toBe(304)
    expect((await request.get(path, { headers: { 'If-Modified-Since': lastModified } })).status()).toBe(304)
    expect((await request.get(path, { headers: { 'If-None-Match': '"stale"' } })).status()).toBe(200)
  }
})

test('old WordPress feed addresses answer 301 to the new feeds', async ({ request }) => {
  const expected: Record<string, string> = { '/feed': '/feed.xml', '/feed/': '/feed.xml', '/rss': '/feed.xml', '/feed/atom/': '/atom.xml', '/comments/feed/': '/feed.xml' }
  for (const [from, to] of Object.entries(expected)) {
    const response = await request.get(from, { maxRedirects: 0 })
    expect(response.status(), from).toBe(301)
    expect(new URL(response.headers().location, 'http://x').pathname).toBe(to)
  }
})

test('pages advertise the feeds and a Subscribe page explains them', async ({ page }) => {
  await page.goto('/')
  for (const [type, href] of [['application/rss+xml', '/feed.xml'], ['application/atom+xml', '/atom.xml'], ['application/feed+json', '/feed.json']]) {
    await expect(page.locator(`head link[rel="alternate"][type="${type}"]`)).toHaveAttribute('href', new RegExp(`${href}$`))
  }
  await page.getByRole('link', { name: 'Subscribe by RSS' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Subscribe' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', '/feed.xml')
})

test('each category, tag, series and channel has its own three feeds with only its posts', async ({ request, baseURL }) => {
  const press = 'This Will Kill That: How Print Frightened the Scribes'
  const reading = 'Reading Aloud, Part 1: Why Listen to a Book?'
  const cases: [string, string, string][] = [
    ['/categories/history-of-the-book', press, reading],
    ['/tags/printing', press, reading],
    ['/series/reading-aloud', reading, press],
    ['/channels/scriptorium-essays', press, reading],
    ['/channels/scriptorium-reads', reading, press],
  ]
  for (const [path, included, excluded] of cases) {
    const rss = await request.get(`${path}/feed.xml`)
    expect(rss.headers()['content-type'], path).toBe('application/rss+xml; charset=utf-8')
    const channel = parser.parse(await rss.text()).rss.channel
    expect(channel['atom:link']['@href']).toBe(`${baseURL}${path}/feed.xml`)
    expect(channel.link).toBe(`${baseURL}${path}`)
    const titles = (channel.item ?? []).map((item: { title: string }) => item.title)
    expect(titles, path).toContain(included)
    expect(titles, path).not.toContain(excluded)
    const atom = parser.parse(await (await request.get(`${path}/atom.xml`)).text()).feed
    expect(atom.entry.map((entry: { title: { '#text': string } | string }) => (typeof entry.title === 'string' ? entry.title : entry.title['#text']))).toContain(included)
    const json = await (await request.get(`${path}/feed.json`)).json()
    expect(json.items.map((item: { title: string }) => item.title)).toEqual(titles)
  }
  const missing = await request.get('/categories/no-such-category/feed.xml')
  expect(missing.status()).toBe(404)
  expect((await missing.json()).errors[0].message).toMatch(/no categories/)
})

test('category, tag, series and channel pages advertise their own feeds beside the site feeds', async ({ page }) => {
  for (const path of ['/categories/history-of-the-book', '/tags/printing', '/series/reading-aloud', '/channels/scriptorium-reads']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    for (const [type, file] of [['application/rss+xml', '/feed.xml'], ['application/atom+xml', '/atom.xml'], ['application/feed+json', '/feed.json']]) {
      const hrefs = await page.locator(`head link[rel="alternate"][type="${type}"]`).evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname))
      expect(hrefs, `${path} ${type}`).toEqual(expect.arrayContaining([file, `${path}${file}`]))
    }
    await expect(page.getByRole('link', { name: 'RSS', exact: true })).toHaveAttribute('href', `${path}/feed.xml`)
  }
  await page.goto('/channels/scriptorium-reads')
  await expect(page.locator('.post-list').getByRole('link', { name: 'Reading Aloud, Part 1: Why Listen to a Book?' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Scriptorium Reads on YouTube' })).toHaveAttribute('href', 'https://www.youtube.com/@scriptorium-reads')
})

test('a post with "]]>", control characters, emoji and markup in its title keeps every feed well-formed', async ({ page, request }) => {
  await loginAsAdmin(page)
  const title = `Odd <em>title</em> ]]> \u0001 😀 ${stamp}`
  const created = await page.request.post('/api/posts', { data: { title, excerpt: 'Excerpt ]]> with \u0002 control', content: paragraph('Body ]]> text 😀'), _status: 'published' } })
  expect(created.ok()).toBe(true)
  const [rss, atom, json] = await feedsText(request)
  expect(XMLValidator.validate(rss)).toBe(true)
  expect(XMLValidator.validate(atom)).toBe(true)
  const expected = `Odd title ]]> 😀 ${stamp}`
  expect(parser.parse(rss).rss.channel.item.map((item: { title: string }) => item.title)).toContain(expected)
  const atomTitles = parser.parse(atom).feed.entry.map((entry: { title: { '#text': string; '@type'?: string } | string }) =>
    typeof entry.title === 'string' ? entry.title : atomText(entry.title['#text'], entry.title['@type']),
  )
  expect(atomTitles).toContain(expected)
  const item = JSON.parse(json).items.find((entry: { title: string }) => entry.title === expected)
  expect(item.summary).toBe('Excerpt ]]> with  control')
  expect(item.content_html).toContain('Body ]]&gt; text 😀')
})

test('an item keeps its id when the post’s slug changes; the hero image is a sized enclosure', async ({ page, request, baseURL }) => {
  await loginAsAdmin(page)
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64')
  const upload = await page.request.post('/api/media', {
    multipart: { file: { name: `hero-${stamp}.png`, mimeType: 'image/png', buffer: png }, _payload: JSON.stringify({ alt: 'A hero image' }) },
  })
  expect(upload.ok()).toBe(true)
  const media = (await upload.json()).doc
  const created = await page.request.post('/api/posts', {
    data: { title: `Renamed later ${stamp}`, slug: `before-${stamp}`, heroImage: media.id, content: paragraph('x'), _status: 'published' },
  })
  const post = (await created.json()).doc
  const itemFor = async () =>
    (parser.parse(await (await request.get('/feed.xml')).text()).rss.channel.item as { guid: { '#text': string }; link: string; enclosure?: Record<string, string> }[]).find(
      (item) => item.guid['#text'] === `urn:scriptorium:post:${post.id}`,
    )
  const before = await itemFor()
  expect(before?.link).toBe(`${baseURL}/posts/before-${stamp}`)
  expect(before?.enclosure).toMatchObject({ '@url': `${baseURL}${media.url}`, '@type': 'image/png', '@length': String(media.filesize) })
  await page.request.patch(`/api/posts/${post.id}`, { data: { slug: `after-${stamp}` } })
  const after = await itemFor()
  expect(after?.link).toBe(`${baseURL}/posts/after-${stamp}`)
})

test('the number of items follows the site setting', async ({ page, request }) => {
  await loginAsAdmin(page)
  const original = (await (await page.request.get('/api/globals/site')).json()).feedItemCount
  try {
    expect((await page.request.post('/api/globals/site', { data: { feedItemCount: 1 } })).ok()).toBe(true)
    expect(parser.parse(await (await request.get('/feed.xml')).text()).rss.channel.item).toHaveLength(1)
    expect((await (await request.get('/feed.json')).json()).items).toHaveLength(1)
  } finally {
    await page.request.post('/api/globals/site', { data: { feedItemCount: original } })
  }
})

test('a real feed client (Python feedparser) reads the RSS and Atom feeds without errors', async ({ request }) => {
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import feedparser'])
  if (probe.status !== 0) {
    if (process.env.CI) throw new Error('python3-feedparser is missing; .ci/run installs it with apt')
    test.skip(true, 'python3-feedparser is not installed (apt-get install python3-feedparser)')
  }
  for (const [path, version] of [['/feed.xml', 'rss20'], ['/atom.xml', 'atom10']]) {
    const body = await (await request.get(path)).text()
    const script = 'import sys, json, feedparser; d = feedparser.parse(sys.stdin.read()); print(json.dumps({"bozo": bool(d.bozo), "version": d.version, "titles": [e.title for e in d.entries], "dated": all(e.get("published_parsed") for e in d.entries)}))'
    const result = spawnSync('/usr/bin/python3', ['-c', script], { input: body, encoding: 'utf8' })
    const parsed = JSON.parse(result.stdout)
    expect(parsed, path).toMatchObject({ bozo: false, version, dated: true })
    expect(parsed.titles).toContain('This Will Kill That: How Print Frightened the Scribes')
  }
})

test('a linked video appears as its self-hosted thumbnail linked to YouTube, with no iframe', async ({ page, request, baseURL }) => {
  await loginAsAdmin(page)
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64')
  const media = (await (await page.request.post('/api/media', {
    multipart: { file: { name: `thumb-${stamp}.png`, mimeType: 'image/png', buffer: png }, _payload: JSON.stringify({ alt: 'Thumbnail' }) },
  })).json()).doc
  const video = (await (await page.request.post('/api/videos', {
    data: { title: `Thumb video ${stamp}`, youtubeUrl: 'https://youtu.be/HRb7B9fPhfA?t=42', thumbnail: media.id },
  })).json()).doc
  await page.request.post('/api/posts', { data: { title: `With thumbnail ${stamp}`, video: video.id, content: paragraph('x'), _status: 'published' } })
  const item = (parser.parse(await (await request.get('/feed.xml')).text()).rss.channel.item as { title: string; 'content:encoded': string }[]).find(
    (entry) => entry.title === `With thumbnail ${stamp}`,
  )!
  expect(item['content:encoded']).toContain(`<a href="https://www.youtube.com/watch?v=HRb7B9fPhfA&amp;t=42s"><img src="${baseURL}${media.url}"`)
  expect(item['content:encoded']).not.toMatch(/<iframe|ytimg|youtube-nocookie/)
})

test('every feed, the site’s and each term’s, has what its specification requires, for a post in several categories and tags', async ({ page, request }) => {
  await loginAsAdmin(page)
  const made = async (collection: 'categories' | 'tags', name: string) =>
    (await (await page.request.post(`/api/${collection}`, { data: { title: `Spec ${name} ${stamp}`, slug: `spec-${name}-${stamp}` } })).json()).doc as { id: number; slug: string }
  const categories = [await made('categories', 'one'), await made('categories', 'two')]
  const tags = [await made('tags', 'three'), await made('tags', 'four')]
  const created = await page.request.post('/api/posts', {
    data: { title: `Spec post ${stamp}`, content: paragraph('In several terms.'), categories: categories.map((term) => term.id), tags: tags.map((term) => term.id), _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const title = `Spec post ${stamp}`

  const scopes = ['', ...categories.map((term) => `/categories/${term.slug}`), ...tags.map((term) => `/tags/${term.slug}`), '/series/reading-aloud', '/channels/scriptorium-essays']
  for (const scope of scopes) {
    // RSS 2.0: channel title, link and description; every item a title or a description (and here a guid).
    const rss = parser.parse(await (await request.get(`${scope}/feed.xml`)).text()).rss
    expect(rss['@version'], scope).toBe('2.0')
    for (const field of ['title', 'link', 'description']) expect(rss.channel[field], `${scope} RSS channel ${field}`).toBeTruthy()
    for (const item of rss.channel.item ?? []) {
      expect(item.title || item.description, `${scope} RSS item`).toBeTruthy()
      expect(item.guid, `${scope} RSS guid`).toBeTruthy()
      for (const category of item.category ?? []) expect(category['#text'], `${scope} RSS category`).toBeTruthy()
    }
    // Atom (RFC 4287 §4.1): the feed's id, title, updated and an author (here the feed's); each
    // entry's id, title, updated and a link; each category's term (§4.2.2).
    const atom = parser.parse(await (await request.get(`${scope}/atom.xml`)).text()).feed
    expect(atom['@xmlns'], scope).toBe('http://www.w3.org/2005/Atom')
    for (const field of ['id', 'title', 'updated', 'author']) expect(atom[field], `${scope} Atom feed ${field}`).toBeTruthy()
    for (const entry of atom.entry ?? []) {
      for (const field of ['id', 'title', 'updated', 'link']) expect(entry[field], `${scope} Atom entry ${field}`).toBeTruthy()
      for (const category of [entry.category ?? []].flat()) expect(category['@term'], `${scope} Atom category ${JSON.stringify(category)}`).toBeTruthy()
    }
    // JSON Feed 1.1: version and title; every item an id and content.
    const json = await (await request.get(`${scope}/feed.json`)).json()
    expect(json.version, scope).toBe('https://jsonfeed.org/version/1.1')
    expect(json.title, scope).toBeTruthy()
    for (const item of json.items) {
      expect(item.id, `${scope} JSON item id`).toBeTruthy()
      expect(item.content_html ?? item.content_text, `${scope} JSON item content`).toBeTruthy()
    }
  }
  // The post in four terms carries all four, each with its term, in the Atom feeds of all four.
  for (const scope of scopes.slice(0, 5)) {
    const atom = parser.parse(await (await request.get(`${scope}/atom.xml`)).text()).feed
    const entry = atom.entry.find((candidate: { title: { '#text': string } | string }) => (typeof candidate.title === 'string' ? candidate.title : candidate.title['#text']) === title)
    expect([entry.category].flat().map((category: { '@term': string }) => category['@term']), scope).toEqual([...categories, ...tags].map((term) => term.slug))
  }
  await page.request.delete(`/api/posts/${(await created.json()).doc.id}`)
  for (const term of categories) await page.request.delete(`/api/categories/${term.id}`)
  for (const term of tags) await page.request.delete(`/api/tags/${term.id}`)
})
