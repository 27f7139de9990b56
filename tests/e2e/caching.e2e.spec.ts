/**
 * What a reader's requests cost: no client hints outside the admin (Payload adds them everywhere,
 * and Critical-CH makes Chromium fetch every first page twice).
 */
import { expect, test } from '@playwright/test'

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
