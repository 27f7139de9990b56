/** Uploads through the REST API: the image allow-list and the size limit answer 4xx with a reason. */
import { expect, test } from '@playwright/test'

import { loginAsAdmin } from './helpers'

test('an upload over the 20 MiB limit is refused with a reason, and nothing is stored', async ({ page }) => {
  await loginAsAdmin(page)
  const before = (await (await page.request.get('/api/media?limit=0')).json()).totalDocs
  const tooBig = Buffer.alloc(21 * 1024 * 1024, 0x41)
  const response = await page.request.post('/api/media', {
    multipart: {
      file: { name: 'huge.png', mimeType: 'image/png', buffer: tooBig },
      _payload: JSON.stringify({ alt: 'Too big' }),
    },
  })
  expect(response.status()).toBe(413)
  expect((await response.json()).errors[0].message).toMatch(/at most 20 MiB/)
  expect((await (await page.request.get('/api/media?limit=0')).json()).totalDocs).toBe(before)
})

test('a file that is not an allowed image type is refused with a reason', async ({ page }) => {
  await loginAsAdmin(page)
  const response = await page.request.post('/api/media', {
    multipart: {
      file: { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain text, not an image') },
      _payload: JSON.stringify({ alt: 'Not an image' }),
    },
  })
  expect(response.status()).toBe(400)
  expect(JSON.stringify(await response.json())).toMatch(/file type|mime|not allowed|invalid/i)
})
