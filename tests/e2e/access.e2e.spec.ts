/** Anonymous REST writes are refused for every collection and the site settings. */
import { expect, test } from '@playwright/test'

import { ADMIN } from './helpers'

const COLLECTIONS = ['posts', 'pages', 'sources', 'videos', 'channels', 'categories', 'tags', 'series', 'media', 'users']

for (const collection of COLLECTIONS) {
  test(`anonymous create, update and delete on /api/${collection} are refused`, async ({ request, playwright, baseURL }) => {
    const created = await request.post(`/api/${collection}`, { data: { title: 'x', name: 'x', slug: 'anonymous-write' } })
    expect([401, 403]).toContain(created.status())
    // A document that exists (read as the admin: anonymous readers see no users, nor drafts).
    const admin = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } })
    expect((await admin.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
    const { docs } = (await (await admin.get(`/api/${collection}?limit=1&depth=0`)).json()) as { docs: { id: number }[] }
    await admin.dispose()
    expect(docs, `a ${collection} document to aim at`).toHaveLength(1)
    const updated = await request.patch(`/api/${collection}/${docs[0].id}`, { data: { title: 'defaced' } })
    expect([401, 403]).toContain(updated.status())
    const deleted = await request.delete(`/api/${collection}/${docs[0].id}`)
    expect([401, 403]).toContain(deleted.status())
  })
}

test('anonymous updates to the site settings are refused', async ({ request }) => {
  const response = await request.post('/api/globals/site', { data: { title: 'Defaced' } })
  expect([401, 403]).toContain(response.status())
  expect((await (await request.get('/api/globals/site')).json()).title).not.toBe('Defaced')
})
