/**
 * Chapters derived from the demo script's marked headings, the files and structured data made
 * from them, and the generated YouTube description. YouTube is never contacted.
 */
import { expect, test } from '@playwright/test'

import { loginAsAdmin, recordRequests } from './helpers'

const SLUG = 'this-will-kill-that-how-print-frightened-the-scribes'
const SCRIPT = `/posts/${SLUG}`
const VIDEO = `/videos/${SLUG}`
const CHAPTERS = [
  { title: 'The abbot’s complaint', start: 0, time: '0:00', anchor: 'the-abbots-complaint' },
  { title: 'What print changed', start: 425, time: '7:05', anchor: 'what-print-changed' },
  { title: 'This will kill that', start: 1110, time: '18:30', anchor: 'this-will-kill-that' },
  { title: 'Sources and a note on method', start: 1720, time: '28:40', anchor: 'sources-and-a-note-on-method' },
]

test('each chaptered heading has a ▶ link that plays the embed from its second, and nothing leaves the site before', async ({ page, baseURL }) => {
  const offsite = await recordRequests(page, baseURL!)
  await page.goto(SCRIPT)
  for (const chapter of CHAPTERS) {
    const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^${chapter.title}`) })
    await expect(heading).toHaveAttribute('id', chapter.anchor)
    await expect(heading.getByRole('link', { name: `Play the video from ${chapter.time}` })).toHaveText(`▶ ${chapter.time}`)
  }
  // Nothing left the site so far; the list after the click (polled) must hold the player alone, so a late request would show there too.
  expect(offsite, 'requests before the click').toEqual([])

  await page.getByRole('link', { name: 'Play the video from 18:30' }).click()
  const player = page.locator('iframe.video-embed__player')
  await expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA?autoplay=1&start=1110')
  await expect.poll(() => offsite).toEqual(['https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA?autoplay=1&start=1110'])
  await expect(page).toHaveURL(new RegExp(`${SCRIPT}$`))

  // Another chapter replaces the player rather than adding a second one. By keyboard: headless
  // Chromium stops routing mouse clicks to the page once the stand-in player frame exists.
  await page.getByRole('link', { name: 'Play the video from 7:05' }).focus()
  await page.keyboard.press('Enter')
  await expect(player).toHaveCount(1)
  await expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA?autoplay=1&start=425')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('a chapter link opens YouTube at its second', async ({ page }) => {
    await page.goto(SCRIPT)
    await expect(page.getByRole('link', { name: 'Play the video from 7:05' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=Pr1ntPr3ssA&t=425s')
  })
})

test('the video page lists the chapters, each playing from its second and linking to its heading in the script', async ({ page, baseURL }) => {
  const offsite = await recordRequests(page, baseURL!)
  await page.goto(VIDEO)
  const list = page.getByRole('region', { name: 'Chapters' })
  await expect(list.locator('li')).toHaveText(CHAPTERS.map((chapter) => `▶ ${chapter.time} play ${chapter.title}`))
  await list.getByRole('link', { name: 'What print changed' }).click()
  await expect(page).toHaveURL(new RegExp(`${SCRIPT}#what-print-changed$`))
  await expect(page.locator('#what-print-changed')).toBeInViewport()

  // Headless Chromium stops routing clicks to the page once the stand-in player frame exists, so playing comes last.
  await page.goto(VIDEO)
  await list.getByRole('link', { name: /7:05/ }).click()
  await expect(page.locator('iframe.video-embed__player')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA?autoplay=1&start=425')
  await expect.poll(() => offsite).toEqual(['https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA?autoplay=1&start=425'])
})

test('chapters.vtt is WebVTT chapters ending at the video’s end; chapters.json is Podcasting 2.0', async ({ request, baseURL }) => {
  const vtt = await request.get(`${VIDEO}/chapters.vtt`)
  expect(vtt.status()).toBe(200)
  expect(vtt.headers()['content-type']).toBe('text/vtt; charset=utf-8')
  expect(await vtt.text()).toBe(
    'WEBVTT\n\n' +
      [
        '1\n00:00:00.000 --> 00:07:05.000\nThe abbot’s complaint',
        '2\n00:07:05.000 --> 00:18:30.000\nWhat print changed',
        '3\n00:18:30.000 --> 00:28:40.000\nThis will kill that',
        '4\n00:28:40.000 --> 00:32:14.000\nSources and a note on method',
      ].join('\n\n') +
      '\n',
  )
  const json = await request.get(`${VIDEO}/chapters.json`)
  expect(json.headers()['content-type']).toBe('application/json+chapters; charset=utf-8')
  const body = await json.json()
  expect(body.version).toBe('1.2.0')
  expect(body.chapters).toEqual(
    CHAPTERS.map((chapter, index) => ({
      startTime: chapter.start,
      endTime: CHAPTERS[index + 1]?.start ?? 1934,
      title: chapter.title,
      url: `${baseURL}${SCRIPT}#${chapter.anchor}`,
    })),
  )
  // The audiobook's script marks no chapters.
  const none = await request.get('/videos/reading-aloud-part-1-why-listen-to-a-book/chapters.vtt')
  expect(none.status()).toBe(404)
  expect((await none.json()).errors[0].message).toMatch(/no chapters/)
})

test('VideoObject structured data has a Clip part per chapter on the script and video pages', async ({ page }) => {
  for (const path of [SCRIPT, VIDEO]) {
    await page.goto(path)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const video = blocks.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'VideoObject')
    expect(video.hasPart, path).toEqual(
      CHAPTERS.map((chapter, index) => ({
        '@type': 'Clip',
        name: chapter.title,
        startOffset: chapter.start,
        endOffset: CHAPTERS[index + 1]?.start ?? 1934,
        url: `https://www.youtube.com/watch?v=Pr1ntPr3ssA&t=${chapter.start}s`,
      })),
    )
  }
})

test('the YouTube description is served as text: excerpt, script URL, chapters, sources, channels', async ({ request, baseURL }) => {
  const response = await request.get(`${SCRIPT}/youtube-description.txt`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8')
  const text = await response.text()
  expect(text).toContain(`Read the full script, with every source: ${baseURL}${SCRIPT}\n`)
  expect(text).toContain('CHAPTERS\n0:00 The abbot’s complaint\n7:05 What print changed\n18:30 This will kill that\n28:40 Sources and a note on method\n')
  expect(text).toContain(
    'SOURCES\n1. Bacon, Francis. Novum Organum. London: John Bill, 1620. https://www.gutenberg.org/ebooks/45988.\n   Primary; the aphorism is quoted in the Spedding translation.\n',
  )
  expect(text).toContain('4. Trithemius, Johannes. “De laude scriptorum (In Praise of Scribes).” Mainz, 1492.\n')
  expect(text).toContain('CHANNELS\nScriptorium Essays: https://www.youtube.com/@scriptorium-essays\nScriptorium Reads: https://www.youtube.com/@scriptorium-reads\n')
  expect((await request.get('/posts/no-such-post/youtube-description.txt')).status()).toBe(404)
})

test('the script page ends with the SOURCES list formatted as in the description', async ({ page }) => {
  await page.goto(SCRIPT)
  const sources = page.getByRole('region', { name: 'Sources' })
  await expect(sources.locator('li')).toHaveCount(4)
  await expect(sources.locator('.sources__reference').first()).toHaveText('Bacon, Francis. Novum Organum. London: John Bill, 1620. https://www.gutenberg.org/ebooks/45988.')
  await expect(sources.locator('li').first().getByRole('link', { name: 'Novum Organum: where it is cited' })).toHaveAttribute('href', '/sources/novum-organum')
})

test('the About page lists the channels with their pages and YouTube links', async ({ page }) => {
  await page.goto('/about')
  const directory = page.locator('.channel-directory')
  await expect(directory.getByRole('heading', { name: 'Our channels' })).toBeVisible()
  await expect(directory.getByRole('link', { name: 'Scriptorium Essays', exact: true })).toHaveAttribute('href', '/channels/scriptorium-essays')
  await expect(directory.getByRole('link', { name: 'Scriptorium Reads on YouTube' })).toHaveAttribute('href', 'https://www.youtube.com/@scriptorium-reads')
})

test.describe('in the admin', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('post and video show the generated description with a working copy button', async ({ page, request }) => {
    const { docs } = await (await request.get(`/api/posts?where[slug][equals]=${SLUG}&depth=0`)).json()
    expect(docs).toHaveLength(1)
    expect((await request.get(`/api/posts/${docs[0].id}/youtube-description`)).status(), 'anonymous').toBe(401)
    await loginAsAdmin(page)
    const { docs: videos } = await (await page.request.get(`/api/videos?where[slug][equals]=${SLUG}&depth=0`)).json()
    for (const path of [`/admin/collections/posts/${docs[0].id}`, `/admin/collections/videos/${videos[0].id}`]) {
      await page.goto(path)
      const description = page.locator('#youtube-description-text')
      await expect(description).toHaveValue(/CHAPTERS\n0:00 The abbot’s complaint\n7:05 What print changed/)
      await page.getByRole('button', { name: 'Copy description' }).click()
      await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await description.inputValue())
    }
  })
})
