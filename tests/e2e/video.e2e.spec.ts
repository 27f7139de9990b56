/**
 * Scripts and videos linked both ways, and the privacy-first embed: no request leaves this site
 * until the reader asks for the video. YouTube is never contacted: its player URL is fulfilled locally.
 */
import { expect, test } from '@playwright/test'

import { demoPublishedAt } from './demoDates'
import { recordRequests } from './helpers'

const SCRIPT = '/posts/this-will-kill-that-how-print-frightened-the-scribes'
const VIDEO = '/videos/this-will-kill-that-how-print-frightened-the-scribes'

test('the script page requests nothing off-site until the reader plays the video; then a nocookie player starts', async ({ page, baseURL }) => {
  const offsite = await recordRequests(page, baseURL!)
  await page.goto(SCRIPT)
  const poster = page.getByRole('button', { name: /Play video: This Will Kill That/ })
  await expect(poster).toBeVisible()
  // Nothing left the site so far; the list after the click (polled) must hold the player alone, so a late request would show there too.
  expect(offsite, 'requests before the click').toEqual([])
  await poster.click()
  const player = page.locator('iframe.video-embed__player')
  await expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA?autoplay=1&start=0')
  // The poster leaves the page (and the accessibility tree) once the player replaces it.
  await expect(poster).toBeHidden()
  await expect.poll(() => offsite).toEqual(['https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA?autoplay=1&start=0'])
})

test('the poster can be played with the keyboard', async ({ page, baseURL }) => {
  await recordRequests(page, baseURL!)
  await page.goto(SCRIPT)
  const poster = page.getByRole('button', { name: /Play video/ })
  await poster.focus()
  await page.keyboard.press('Space')
  await expect(page.locator('iframe.video-embed__player')).toHaveAttribute('src', /youtube-nocookie\.com\/embed\/Pr1ntPr3ssA/)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the poster is a plain link to the video on YouTube', async ({ page }) => {
    await page.goto(SCRIPT)
    await expect(page.getByRole('link', { name: /Play video: This Will Kill That/ })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=Pr1ntPr3ssA')
  })
})

test('script and video link to each other; /videos lists videos and filters by channel', async ({ page, baseURL }) => {
  await recordRequests(page, baseURL!)
  await page.goto(SCRIPT)
  await page.getByRole('link', { name: 'About the video' }).click()
  await expect(page).toHaveURL(new RegExp(`${VIDEO}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This Will Kill That: How Print Frightened the Scribes')
  const article = page.locator('article')
  await expect(article.getByRole('link', { name: 'Scriptorium Essays' })).toHaveAttribute('href', '/channels/scriptorium-essays')
  await article.getByRole('link', { name: 'This Will Kill That: How Print Frightened the Scribes' }).click()
  await expect(page).toHaveURL(new RegExp(`${SCRIPT}$`))

  // Other test files add videos too: check the demo ones by their relative order.
  const reading = 'Reading Aloud, Part 1: Why Listen to a Book?'
  const press = 'This Will Kill That: How Print Frightened the Scribes'
  await page.goto('/videos')
  const all = await page.locator('.post-list h2').allTextContents()
  expect(all.indexOf(reading)).toBeGreaterThanOrEqual(0)
  expect(all.indexOf(press)).toBeGreaterThan(all.indexOf(reading))
  await page.getByRole('navigation', { name: 'Filter by channel' }).getByRole('link', { name: 'Scriptorium Reads' }).click()
  await expect(page).toHaveURL(/\/videos\?channel=scriptorium-reads$/)
  const filtered = await page.locator('.post-list h2').allTextContents()
  expect(filtered).toContain(reading)
  expect(filtered).not.toContain(press)
})

test('script and video pages describe the video as a schema.org VideoObject', async ({ page, request }) => {
  const uploaded = await demoPublishedAt(request, 'videos', 'this-will-kill-that-how-print-frightened-the-scribes', 61, 16)
  for (const path of [SCRIPT, VIDEO]) {
    await page.goto(path)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const video = blocks.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'VideoObject')
    expect(video, path).toMatchObject({
      name: 'This Will Kill That: How Print Frightened the Scribes',
      uploadDate: uploaded.iso,
      duration: 'PT32M14S',
      embedUrl: 'https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA',
    })
  }
})

test('a channel page lists its videos, links to YouTube, and the header links every channel', async ({ page, baseURL }) => {
  await recordRequests(page, baseURL!)
  await page.goto('/channels/scriptorium-essays')
  const videos = page.getByRole('region', { name: 'Videos' })
  await expect(videos.getByRole('link', { name: 'This Will Kill That: How Print Frightened the Scribes' })).toHaveAttribute(
    'href',
    '/videos/this-will-kill-that-how-print-frightened-the-scribes',
  )
  await expect(videos.getByRole('link', { name: 'Reading Aloud, Part 1: Why Listen to a Book?' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Scriptorium Essays on YouTube' })).toHaveAttribute('href', 'https://www.youtube.com/@scriptorium-essays')
  const header = page.getByRole('navigation', { name: 'Channels' })
  await expect(header.getByRole('link')).toHaveText(['Scriptorium Essays', 'Scriptorium Reads'])
})
