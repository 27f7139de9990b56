/**
 * The import takes several images at once (importImages.ts, while the posts go in): each file
 * still ends up under its own document, two uploads of the same file name from different
 * folders get different names, a post waits for its featured image, and the report's warnings
 * come in the export's order however the downloads finish. Images come from a local HTTP server
 * that answers some requests late, so the downloads overlap and finish out of order.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { mediaDir } from '@/lib/env'
import { importWordPress } from '@/lib/import/wordpress/importWordPress'

import { testPayload } from './payload'

let payload: Payload
let server: Server
let origin = ''

// Path → [width, delay before answering in ms]; widths tell the files apart on disk.
const IMAGES: Record<string, [number, number]> = {
  '/wp-content/uploads/2019/05/photo.png': [640, 100],
  '/wp-content/uploads/2020/01/photo.png': [800, 100],
  '/wp-content/uploads/2020/01/press.png': [720, 60],
  '/wp-content/uploads/2020/01/scribe.png': [560, 0],
}
const MISSING: Record<string, number> = { '/wp-content/uploads/2020/01/lost-first.png': 200, '/wp-content/uploads/2020/01/lost-second.png': 0 }

beforeAll(async () => {
  payload = await testPayload()
  const files = new Map(await Promise.all(Object.entries(IMAGES).map(async ([url, [width]]) => [url, await sharp({ create: { width, height: 360, channels: 3, background: '#336699' } }).png().toBuffer()] as const)))
  server = createServer((request, response) => {
    const url = request.url ?? ''
    const delay = IMAGES[url]?.[1] ?? MISSING[url] ?? 0
    setTimeout(() => {
      const file = files.get(url)
      if (file) response.writeHead(200, { 'Content-Type': 'image/png' }).end(file)
      else response.writeHead(404).end('not found')
    }, delay)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

async function cleanUp() {
  await payload.delete({ collection: 'posts', where: { wordpressId: { like: '@atonce.example.com' } }, overrideAccess: true })
  await payload.delete({ collection: 'media', where: { sourceUrl: { like: '127.0.0.1' } }, overrideAccess: true })
  await payload.delete({ collection: 'redirects', where: { from: { exists: true } }, overrideAccess: true })
  await payload.delete({ collection: 'import-runs', where: { id: { exists: true } }, overrideAccess: true })
}
beforeEach(cleanUp)
afterAll(async () => {
  await cleanUp()
  await new Promise((resolve) => server.close(resolve))
})

const attachment = (id: number, url: string) =>
  `<item><title>image ${id}</title><wp:post_id>${id}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><wp:attachment_url>${origin}${url}</wp:attachment_url></item>`

function writeExport(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-at-once-')), 'at-once-export.xml')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>At once</title><link>https://atonce.example.com</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://atonce.example.com</wp:base_blog_url>
${attachment(20, '/wp-content/uploads/2019/05/photo.png')}
${attachment(21, '/wp-content/uploads/2020/01/lost-first.png')}
${attachment(22, '/wp-content/uploads/2020/01/photo.png')}
${attachment(23, '/wp-content/uploads/2020/01/press.png')}
${attachment(24, '/wp-content/uploads/2020/01/lost-second.png')}
${attachment(25, '/wp-content/uploads/2020/01/scribe.png')}
<item><title>Featuring the second photo</title><wp:post_id>30</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>featuring-the-second-photo</wp:post_name>
  <wp:post_date_gmt>2020-01-12 09:30:00</wp:post_date_gmt>
  <content:encoded><![CDATA[The scribe at work: <img src="${origin}/wp-content/uploads/2020/01/scribe-300x200.png" alt="A scribe">]]></content:encoded>
  <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>22</wp:meta_value></wp:postmeta></item>
</channel></rss>`,
  )
  return file
}

describe('images imported several at a time', () => {
  it('keeps each file under its own document, renames a second file of the same name, and reports in the export’s order', async () => {
    const { report } = await importWordPress(payload, writeExport())
    expect(report.counts.media).toEqual({ created: 4, updated: 0, skipped: 2 })
    expect(report.warnings.filter((warning) => warning.includes('was not imported'))).toEqual([
      `In the attachment “image 21”, the image ${origin}/wp-content/uploads/2020/01/lost-first.png was not imported (HTTP 404): it stays a link to that address.`,
      `In the attachment “image 24”, the image ${origin}/wp-content/uploads/2020/01/lost-second.png was not imported (HTTP 404): it stays a link to that address.`,
    ])

    const { docs } = await payload.find({ collection: 'media', where: { sourceUrl: { like: '127.0.0.1' } }, pagination: false, overrideAccess: true })
    const bySource = new Map(docs.map((doc) => [doc.sourceUrl?.replace(origin, ''), doc]))
    expect([...bySource.keys()].sort()).toEqual(Object.keys(IMAGES).sort())
    expect(new Set(docs.map((doc) => doc.filename)).size).toBe(4)
    expect(bySource.get('/wp-content/uploads/2019/05/photo.png')?.filename).toMatch(/^photo-[0-9a-f]{8}(-\d+)?\.png$/)
    expect(bySource.get('/wp-content/uploads/2020/01/photo.png')?.filename).toMatch(/^photo-[0-9a-f]{8}(-\d+)?\.png$/)
    for (const [url, [width]] of Object.entries(IMAGES)) {
      const doc = bySource.get(url)!
      // The file on disk is the one downloaded from this address, not another upload's.
      expect((await sharp(readFileSync(path.join(mediaDir(), doc.filename!))).metadata()).width, url).toBe(width)
      expect(doc.width, url).toBe(width)
    }

    const [post] = (await payload.find({ collection: 'posts', where: { wordpressId: { equals: '30@atonce.example.com' } }, draft: true, depth: 0, overrideAccess: true })).docs
    expect(post.heroImage).toBe(bySource.get('/wp-content/uploads/2020/01/photo.png')?.id)
    type Node = { type: string; value?: number; children?: Node[] }
    const uploads = (nodes: Node[]): Node[] => nodes.flatMap((node) => (node.type === 'upload' ? [node] : uploads(node.children ?? [])))
    const [upload] = uploads(post.content.root.children as Node[])
    expect(upload?.value).toBe(bySource.get('/wp-content/uploads/2020/01/scribe.png')?.id)
  })
})
