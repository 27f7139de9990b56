/** Anonymous REST writes are refused for every collection and the site settings. */
import { expect, test } from '@playwright/test'

const COLLECTIONS = ['posts', 'pages', 'sources', 'videos', 'channels', 'categories', 'tags', 'series', 'media', 'users']

for (const collection of COLLECTIONS) {
  test(`anonymous create, update and delete on /api/${collection} are refused`, async ({ request }) => {
    const created = await request.post(`/api/${collection}`, { data: { title: 'x', name: 'x', slug: 'anonymous-write' } })
    expect([401, 403]).toContain(created.status())
    const existing = await (await request.get(`/api/${collection}?limit=1&depth=0`)).json()
    const id = existing.docs?.[0]?.id ?? 1
    const updated = await request.patch(`/api/${collection}/${id}`, { data: { title: 'defaced' } })
    expect([401, 403]).toContain(updated.status())
    const deleted = await request.delete(`/api/${collection}/${id}`)
    expect([401, 403]).toContain(deleted.status())
  })
}

test('anonymous updates to the site settings are refused', async ({ request }) => {
  const response = await request.post('/api/globals/site', { data: { title: 'Defaced' } })
  expect([401, 403]).toContain(response.status())
  expect((await (await request.get('/api/globals/site')).json()).title).not.toBe('Defaced')
})
