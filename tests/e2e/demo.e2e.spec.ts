/** The demo content a new installation shows. */
import { expect, test } from '@playwright/test'

test('home lists the demo scripts newest first, with the site title and channel links', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Scriptorium', exact: true })).toBeVisible()
  const channels = page.getByRole('navigation', { name: 'Channels' })
  await expect(channels.getByRole('link', { name: 'Scriptorium Essays' })).toHaveAttribute('href', '/channels/scriptorium-essays')
  await expect(channels.getByRole('link', { name: 'Scriptorium Reads' })).toBeVisible()
  const titles = await page.locator('.post-list h2').allTextContents()
  const reading = titles.indexOf('Reading Aloud, Part 1: Why Listen to a Book?')
  const press = titles.indexOf('This Will Kill That: How Print Frightened the Scribes')
  expect(reading).toBeGreaterThanOrEqual(0)
  expect(press).toBeGreaterThan(reading)
})

test('the demo script renders its quotations', async ({ page }) => {
  await page.goto('/posts/this-will-kill-that-how-print-frightened-the-scribes')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This Will Kill That: How Print Frightened the Scribes')
  await expect(page.locator('article blockquote')).toHaveCount(3)
  await expect(page.locator('article blockquote').first()).toContainText('The word written on parchment')
})

test('the About page is served at /about, unknown pages answer 404', async ({ page }) => {
  await page.goto('/about')
  await expect(page.getByRole('heading', { level: 1, name: 'About' })).toBeVisible()
  const missing = await page.goto('/no-such-page')
  expect(missing?.status()).toBe(404)
})
