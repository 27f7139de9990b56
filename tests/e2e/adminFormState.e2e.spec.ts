/**
 * The admin's edit form asks the server which fields to show (a field's `condition` runs there) a
 * moment after each change. A choice made while such a request is in flight must still be sent:
 * Payload 3.90.1 marked it as already seen when the older answer arrived, so the field it reveals
 * never appeared (patches/payloadUiFormStateRace.mjs).
 */
import { expect, test } from '@playwright/test'

import { loginAsAdmin, waitForHydration } from './helpers'

test('a choice made while the form’s state request is in flight still reveals the field it conditions', async ({ page }) => {
  await loginAsAdmin(page)
  await page.goto('/admin/collections/redirects/create')
  await waitForHydration(page, 'input[type="radio"][name="to.type"]')

  // Hold the first form-state request (a server action posted to the page) until the choice is made.
  let sent!: () => void
  const requestSent = new Promise<void>((resolve) => (sent = resolve))
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let held = false
  await page.route('**/admin/collections/redirects/create', async (route) => {
    if (route.request().method() === 'POST' && !held) {
      held = true
      sent()
      await released
    }
    await route.fallback()
  })

  await page.fill('#field-from', '/2019/05/12/held-form-state')
  await requestSent
  await page.getByText('Custom URL', { exact: true }).first().click()
  await expect(page.getByRole('radio', { name: 'Custom URL' })).toBeChecked()
  // The answer to the older request arrives before the form's next change check (250 ms later).
  release()

  await expect(page.locator('#field-to__url')).toBeVisible()
  await page.fill('#field-to__url', '/sources')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
  const saved = await page.request.get('/api/redirects?where[from][equals]=/2019/05/12/held-form-state')
  expect((await saved.json()).docs.map((doc: { to: { type: string; url: string } }) => doc.to)).toEqual([{ type: 'custom', url: '/sources' }])
})
