/** Drafts seen before publishing: draft mode behind a secret, and the admin's live preview. */
import { expect, test } from '@playwright/test'

import { loginAsAdmin, richTextEditor } from './helpers'

const stamp = Date.now().toString(36)

test('the preview route refuses a missing or wrong secret and any off-site path', async ({ request }) => {
  const wrong = await request.get('/preview?secret=nope&path=/', { maxRedirects: 0 })
  expect(wrong.status()).toBe(401)
  expect((await wrong.json()).errors[0].message).toMatch(/secret/)
})

test('live preview shows the draft post page beside the editor and follows each save; readers still get 404', async ({ page, browser }) => {
  await loginAsAdmin(page)
  await page.goto('/admin/collections/posts/create')
  const title = `Previewed draft ${stamp}`
  await page.fill('#field-title', title)
  await richTextEditor(page).click()
  await page.keyboard.type('First draft words.')
  await expect(page).toHaveURL(/\/admin\/collections\/posts\/\d+/)
  await expect.poll(async () => JSON.stringify((await (await page.request.get(`/api/posts?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`)).json()).docs)).toContain('First draft words.')
  await page.reload()

  await page.getByRole('button', { name: 'Live Preview' }).click()
  const preview = page.frameLocator('#live-preview-iframe')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.locator('article')).toContainText('First draft words.')
  await expect(preview.getByRole('status').filter({ hasText: 'You are previewing drafts.' })).toBeVisible()

  // Autosave (every 2 s) reaches the preview without a reload.
  await richTextEditor(page).click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Second thoughts.')
  await expect(preview.locator('article')).toContainText('Second thoughts.', { timeout: 15_000 })

  const reader = await browser.newContext()
  const slug = (await (await page.request.get(`/api/posts?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`)).json()).docs[0].slug
  expect((await reader.request.get(`/posts/${slug}`)).status()).toBe(404)
  await reader.close()
})
