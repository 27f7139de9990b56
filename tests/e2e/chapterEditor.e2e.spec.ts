/**
 * The author's side of chapters: marking headings with a time in the editor, YouTube's rules
 * shown as a clear message on publish, and the published page's ▶ links.
 */
import { expect, type Page, test } from '@playwright/test'

import { loginAsAdmin, richTextEditor, saveDrawer } from './helpers'

const stamp = Date.now().toString(36)

/** Marks an existing h2 with a chapter time through the editor's "/" menu. */
async function markChapter(page: Page, heading: string, time: string) {
  await richTextEditor(page).getByRole('heading', { level: 2, name: heading }).click()
  await page.keyboard.press('End')
  await page.keyboard.type(' /chapter')
  await page.getByRole('option', { name: 'Chapter time' }).click()
  await page.locator('.drawer--is-open').last().locator('#field-time').fill(time)
  await saveDrawer(page)
  await expect(richTextEditor(page).getByText(`▶ ${time}`, { exact: true })).toBeVisible()
}

test('chapters marked in the editor are checked against YouTube’s rules on publish, then shown as ▶ links', async ({ page }) => {
  await loginAsAdmin(page)
  // Its own 32:14 video: the demo video already has its script.
  const video = (
    await (await page.request.post('/api/videos', { data: { title: `Chaptered video ${stamp}`, youtubeUrl: 'https://youtu.be/Ch4pt3rEd01', duration: 1934 } })).json()
  ).doc
  await page.goto('/admin/collections/posts/create')
  const title = `Chaptered script ${stamp}`
  await page.fill('#field-title', title)
  await richTextEditor(page).click()
  await page.keyboard.type('An opening paragraph.')
  for (const heading of ['First part', 'Second part', 'Third part']) {
    await page.keyboard.press('Enter')
    await page.keyboard.type(`## ${heading}`)
    await page.keyboard.press('Enter')
    await page.keyboard.type(`Text of the ${heading.toLowerCase()}.`)
  }
  await markChapter(page, 'First part', '0:00')
  await markChapter(page, 'Second part', '1:00')
  await markChapter(page, 'Third part', '0:30')
  // The sidebar lists the chapters and says what breaks YouTube's rules, while the author types.
  const checklist = page.locator('.chapter-checklist')
  await expect(checklist.locator('ol li')).toHaveText(['0:00 First part', '1:00 Second part', '0:30 Third part'])
  await expect(checklist.getByRole('alert')).toHaveText('Chapters must be in ascending order: “Third part” (0:30) comes after “Second part” (1:00) in the script.')

  // Publishing is refused on the server with the field named; the post stays a draft.
  await expect(page).toHaveURL(/\/admin\/collections\/posts\/\d+/)
  const id = Number(page.url().match(/posts\/(\d+)/)![1])
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText('The following field is invalid: Script → Content')).toBeVisible()
  expect((await (await page.request.get(`/api/posts/${id}?depth=0&draft=true`)).json())._status).toBe('draft')

  // Fix the third marker in its drawer; with the 32:14 video linked, 2:00 is still valid.
  await richTextEditor(page)
    .locator('[class*="__container"]', { has: page.getByText('▶ 0:30', { exact: true }) })
    .locator('[class*="__editButton"]')
    .click()
  await page.locator('.drawer--is-open').last().locator('#field-time').fill('2:00')
  await saveDrawer(page)
  await expect(checklist.getByText('✓ These chapters follow YouTube’s rules.')).toBeVisible()
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/published successfully|Updated successfully/i).first()).toBeVisible()
  const published = await (await page.request.patch(`/api/posts/${id}`, { data: { video: video.id } })).json()
  expect(published.doc._status).toBe('published')

  // A chapter past the video's end is refused through the API too, with the rule as the reason.
  const tooLate = await page.request.patch(`/api/posts/${id}`, {
    data: { content: JSON.parse(JSON.stringify(published.doc.content).replace('"time":"2:00"', '"time":"40:00"')) },
  })
  expect(tooLate.status()).toBe(400)
  expect((await tooLate.json()).errors[0].data.errors).toEqual([
    expect.objectContaining({ path: 'content', message: 'Chapters: “Third part” (40:00) starts after the end of the video (32:14).' }),
  ])

  await page.goto(`/posts/${published.doc.slug}`)
  await expect(page.getByRole('heading', { level: 2, name: /^Third part/ }).getByRole('link', { name: 'Play the video from 2:00' })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=Ch4pt3rEd01&t=120s',
  )
})
