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

  // Answer the first form-state request (a server action posted to the page) at once on the server,
  // but deliver its answer only after the choice is made: it lands a moment after the click, well
  // within the 250 ms before the form checks for changes again.
  let answered!: () => void
  const answerReady = new Promise<void>((resolve) => (answered = resolve))
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let held = false
  await page.route('**/admin/collections/redirects/create', async (route) => {
    if (route.request().method() !== 'POST' || held) return route.fallback()
    held = true
    const response = await route.fetch()
    answered()
    await released
    await route.fulfill({ response })
  })

  const from = `/2019/05/12/held-form-state-${Date.now().toString(36)}`
  await page.fill('#field-from', from)
  await answerReady
  await page.getByText('Custom URL', { exact: true }).first().click()
  await expect(page.getByRole('radio', { name: 'Custom URL' })).toBeChecked()
  release()

  await expect(page.locator('#field-to__url')).toBeVisible()
  await page.fill('#field-to__url', '/sources')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
  const saved = (await (await page.request.get(`/api/redirects?where[from][equals]=${from}`)).json()).docs as { id: number; to: { type: string; url: string } }[]
  expect(saved.map((doc) => doc.to)).toEqual([{ type: 'custom', url: '/sources' }])
  expect((await page.request.delete(`/api/redirects/${saved[0].id}`)).status()).toBe(200)
})
