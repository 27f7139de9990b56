/**
 * Moved addresses in the admin (Redirects, @payloadcms/plugin-redirects): an editor adds and edits
 * a redirect and readers follow it permanently; renaming a published post in the admin leaves one
 * behind by itself.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { loginAsAdmin, waitForHydration } from './helpers'

const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** The status and Location of the answer to `path`; Location exactly as sent (one value, not a repeated header). */
async function location(request: APIRequestContext, path: string): Promise<{ status: number; location: string | undefined }> {
  const response = await request.get(path, { maxRedirects: 0 })
  const locations = response.headersArray().filter((header) => header.name.toLowerCase() === 'location')
  expect(locations.length, `Location headers of ${path}`).toBeLessThanOrEqual(1)
  return { status: response.status(), location: locations[0]?.value }
}

test('an editor adds a redirect in the admin, readers follow it permanently, and an edit changes where it leads', async ({ page, browser, baseURL }) => {
  const oldAddress = `/2019/05/12/${stamp}-how-print-frightened-the-scribes`
  await loginAsAdmin(page)
  await page.goto('/admin/collections/redirects/create')
  // A pasted full URL of the old site, with WordPress's trailing slash, is stored as its path.
  await waitForHydration(page, 'input[type="radio"][name="to.type"]')
  await page.fill('#field-from', `${baseURL}${oldAddress}/`)
  await page.getByText('Custom URL', { exact: true }).first().click()
  await page.fill('#field-to__url', '/sources')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
  await expect(page.locator('#field-from')).toHaveValue(oldAddress)

  const reader = await browser.newContext()
  expect(await location(reader.request, oldAddress)).toEqual({ status: 301, location: '/sources' })
  // The old blog's slash first goes (Next's own 308), then the redirect applies.
  expect(await location(reader.request, `${oldAddress}/`)).toEqual({ status: 308, location: oldAddress })

  await page.fill('#field-to__url', '/archive')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
  expect(await location(reader.request, oldAddress)).toEqual({ status: 301, location: '/archive' })

  // WordPress's plain permalinks on the home page are old addresses too; other queries are not.
  const plainPermalink = `/?p=${Date.now() % 1_000_000_000}`
  expect((await page.request.post('/api/redirects', { data: { from: plainPermalink, to: { type: 'custom', url: '/about' } } })).status()).toBe(201)
  expect(await location(reader.request, plainPermalink)).toEqual({ status: 301, location: '/about' })
  expect((await reader.request.get('/?utm_source=newsletter', { maxRedirects: 0 })).status()).toBe(200)

  // The list shows it; an unsafe target is refused with the reason on the field.
  await page.goto('/admin/collections/redirects')
  await expect(page.getByRole('link', { name: oldAddress })).toBeVisible()
  await page.goto('/admin/collections/redirects/create')
  await waitForHydration(page, 'input[type="radio"][name="to.type"]')
  await page.fill('#field-from', `/${stamp}-unsafe`)
  await page.getByText('Custom URL', { exact: true }).first().click()
  await page.fill('#field-to__url', 'javascript:alert(1)')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Only paths on this site and http:// or https:// URLs can be redirect targets (got "javascript:").').first()).toBeVisible()
  expect((await location(reader.request, `/${stamp}-unsafe`)).status).toBe(404)
  await reader.close()
})

test('renaming a published post in the admin answers its old address with a permanent redirect to the new one', async ({ page, browser }) => {
  await loginAsAdmin(page)
  const created = await page.request.post('/api/posts', {
    data: { title: `Renamed in the admin ${stamp}`, slug: `before-${stamp}`, content: lexicalDocument(paragraph('A script that moves.')), _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  const reader = await browser.newContext()
  // Cached under the old address first: the rename must drop that copy.
  expect((await reader.request.get(`/posts/before-${stamp}`)).status()).toBe(200)
  expect((await reader.request.get(`/posts/before-${stamp}`)).status()).toBe(200)

  await page.goto(`/admin/collections/posts/${doc.id}`)
  await page.fill('#field-slug', `after-${stamp}`)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/published successfully|Updated successfully/i).first()).toBeVisible()

  expect(await location(reader.request, `/posts/before-${stamp}`)).toEqual({ status: 301, location: `/posts/after-${stamp}` })
  expect((await reader.request.get(`/posts/after-${stamp}`)).status()).toBe(200)
  await page.goto('/admin/collections/redirects')
  await expect(page.getByRole('link', { name: `/posts/before-${stamp}` })).toBeVisible()
  await reader.close()
})
