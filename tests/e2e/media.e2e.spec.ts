/** Uploads through the REST API: the image allow-list and the size limit answer 4xx with a reason. */
import { expect, test } from '@playwright/test'

import { loginAsAdmin } from './helpers'

/** Past the limit by its declared length (checked before reading), or by what Payload's parser counted. */
const UPLOAD_TOO_LARGE: Record<number, string> = {
  // Under the 20 MiB limit plus 1 MiB for multipart framing: Payload's parser stops at 20 MiB.
  20.5: 'File size limit has been reached',
  25: 'The upload is 25.0 MiB; files may be at most 20 MiB.',
}

for (const mebibytes of [20.5, 25]) {
  test(`an upload of ${mebibytes} MiB (over the 20 MiB limit) is refused with the reason, and nothing is stored`, async ({ page }) => {
    await loginAsAdmin(page)
    const before = (await (await page.request.get('/api/media?limit=0')).json()).totalDocs
    const tooBig = Buffer.alloc(mebibytes * 1024 * 1024, 0x41)
    const response = await page.request.post('/api/media', {
      multipart: {
        file: { name: 'huge.png', mimeType: 'image/png', buffer: tooBig },
        _payload: JSON.stringify({ alt: 'Too big' }),
      },
    })
    expect(response.status()).toBe(413)
    expect((await response.json()).errors[0].message).toBe(UPLOAD_TOO_LARGE[mebibytes])
    expect((await (await page.request.get('/api/media?limit=0')).json()).totalDocs).toBe(before)
  })
}

test('a file that is not an allowed image type is refused with a reason', async ({ page }) => {
  await loginAsAdmin(page)
  const response = await page.request.post('/api/media', {
    multipart: {
      file: { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain text, not an image') },
      _payload: JSON.stringify({ alt: 'Not an image' }),
    },
  })
  expect(response.status()).toBe(400)
  expect(await response.json()).toEqual({
    errors: [{ name: 'ValidationError', message: 'The following field is invalid: file', data: { errors: [{ message: 'File type text/plain (from extension txt) is not allowed.', path: 'file' }] } }],
  })
})

test('a text file declared as a PNG is refused with the reason, and nothing is stored', async ({ page }) => {
  await loginAsAdmin(page)
  const before = (await (await page.request.get('/api/media?limit=0')).json()).totalDocs
  const response = await page.request.post('/api/media', {
    multipart: {
      file: { name: 'disguised.png', mimeType: 'image/png', buffer: Buffer.from('plain text pretending to be an image') },
      _payload: JSON.stringify({ alt: 'Not really an image' }),
    },
  })
  expect(response.status()).toBe(400)
  // Payload reads the type from the content, not from the name or the declared type.
  expect(await response.json()).toEqual({
    errors: [{ name: 'ValidationError', message: 'The following field is invalid: file', data: { errors: [{ message: 'File type text/plain (from extension png) is not allowed.', path: 'file' }] } }],
  })
  expect((await (await page.request.get('/api/media?limit=0')).json()).totalDocs).toBe(before)
})
