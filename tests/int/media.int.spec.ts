import { createHash } from 'node:crypto'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 120, g: 40, b: 30 } } }).png().toBuffer()

describe('media', () => {
  it('makes thumbnail, card, hero and 1200×630 og sizes from an upload', async () => {
    const data = await png(2000, 1400)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'A red test card' },
      file: { data, mimetype: 'image/png', name: 'card.png', size: data.length },
    })
    expect(doc.sizes?.og).toMatchObject({ width: 1200, height: 630 })
    expect(doc.sizes?.thumbnail?.width).toBe(320)
    expect(doc.sizes?.card?.width).toBe(768)
    expect(doc.sizes?.hero?.width).toBe(1600)
    // What readers' pages show is WebP; the admin's thumbnail and the Open Graph image keep the original's format.
    expect([doc.sizes?.card?.mimeType, doc.sizes?.hero?.mimeType, doc.sizes?.thumbnail?.mimeType, doc.sizes?.og?.mimeType]).toEqual(['image/webp', 'image/webp', 'image/png', 'image/png'])
    expect(doc.sizes?.card?.filename).toMatch(/^card-[0-9a-f]{8}-768x432\.webp$/)
    expect((await sharp(path.join(process.env.MEDIA_DIR!, doc.sizes!.hero!.filename!)).metadata()).format).toBe('webp')
  })

  it('makes no hero copy of an original narrower than 1600 px: the original is its own hero', async () => {
    const data = await png(1200, 675)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'A narrower test card' },
      file: { data, mimetype: 'image/png', name: 'narrow-card.png', size: data.length },
    })
    expect(doc.width).toBe(1200)
    expect(doc.sizes?.hero?.url ?? null).toBeNull()
    expect(doc.sizes?.card).toMatchObject({ width: 768, height: 432 })
    expect(doc.sizes?.og).toMatchObject({ width: 1200, height: 630 })
  })

  it('names each file after its content, so one address always serves the same bytes', async () => {
    const [red, blue] = [await png(40, 30), await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 0, g: 0, b: 200 } } }).png().toBuffer()]
    const upload = (data: Buffer) => payload.create({ collection: 'media', data: { alt: 'Same name' }, file: { data, mimetype: 'image/png', name: 'same-name.png', size: data.length } })
    const [first, second] = [await upload(red), await upload(blue)]
    const digest = (data: Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 8)
    expect(first.filename).toBe(`same-name-${digest(red)}.png`)
    expect(second.filename).toBe(`same-name-${digest(blue)}.png`)
    expect(first.url).not.toBe(second.url)
  })

  it('requires alt text', async () => {
    const data = await png(10, 10)
    await expect(
      payload.create({ collection: 'media', data: {} as { alt: string }, file: { data, mimetype: 'image/png', name: 'x.png', size: data.length } }),
    ).rejects.toThrow(/alt/i)
  })

  it('refuses file types outside the image allow-list', async () => {
    const data = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(
      payload.create({ collection: 'media', data: { alt: 'x' }, file: { data, mimetype: 'image/svg+xml', name: 'x.svg', size: data.length } }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'file', message: 'Invalid MIME type: image/svg+xml., SVG file contains potentially harmful content.' }] } })
  })
})
