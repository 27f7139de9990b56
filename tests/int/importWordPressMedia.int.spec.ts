/**
 * Images in a WordPress import: downloaded once from a local HTTP server (standing in for
 * WordPress.com) whatever size variant the content names, captioned, used as the featured image,
 * reported when missing, read from a folder with --media-dir, and removed again by a dry run.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { importWordPress } from '@/lib/import/wordpress/importWordPress'
import { mediaDir } from '@/lib/env'
import type { Post } from '@/payload-types'

import { testPayload } from './payload'

let payload: Payload
let server: Server
let origin = ''
const requests: string[] = []
let png: Buffer

beforeAll(async () => {
  payload = await testPayload()
  png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#445566' } }).png().toBuffer()
  server = createServer((request, response) => {
    requests.push(request.url ?? '')
    if (request.url === '/wp-content/uploads/2019/05/press.png') response.writeHead(200, { 'Content-Type': 'image/png' }).end(png)
    else response.writeHead(404).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

async function cleanUp() {
  for (const collection of ['posts', 'pages', 'categories', 'tags', 'media'] as const) {
    await payload.delete({ collection, where: { or: [{ wordpressId: { like: '@media.example.com' } }, ...(collection === 'media' ? [{ sourceUrl: { exists: true } }] : [])] }, overrideAccess: true })
  }
  await payload.delete({ collection: 'redirects', where: { from: { exists: true } }, overrideAccess: true })
  await payload.delete({ collection: 'import-runs', where: { id: { exists: true } }, overrideAccess: true })
  requests.length = 0
}
beforeEach(cleanUp)
afterAll(async () => {
  await cleanUp()
  await new Promise((resolve) => server.close(resolve))
})

/** An export written for this test: an attachment, a post that features it and shows it (as a sized variant, with a caption), and a missing image. */
function writeExport(imageOrigin: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-media-')), 'media-export.xml')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Media</title><link>https://media.example.com</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://media.example.com</wp:base_blog_url>
<item><title>press</title><wp:post_id>30</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
  <excerpt:encoded><![CDATA[The press at Mainz.]]></excerpt:encoded>
  <wp:attachment_url>${imageOrigin}/wp-content/uploads/2019/05/press.png</wp:attachment_url>
  <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[A wooden printing press]]></wp:meta_value></wp:postmeta></item>
<item><title>Illustrated script</title><wp:post_id>31</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>illustrated-script</wp:post_name>
  <wp:post_date_gmt>2019-05-12 09:30:00</wp:post_date_gmt>
  <content:encoded><![CDATA[Before the picture.

<figure class="wp-block-image"><img src="${imageOrigin}/wp-content/uploads/2019/05/press-1024x576.png" alt="The press, closer"><figcaption>Gutenberg’s press, as rebuilt.</figcaption></figure>

[caption id="attachment_99" width="300"]<img src="${imageOrigin}/wp-content/uploads/2019/05/lost.png" alt="A lost image"> A caption for nothing[/caption]

After the pictures.]]></content:encoded>
  <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>30</wp:meta_value></wp:postmeta></item>
</channel></rss>`,
  )
  return file
}

type Upload = { type: string; value?: number; fields?: { caption?: string } | null; children?: { type: string; fields?: { url?: string } }[] }

describe('images in a WordPress import', () => {
  it('downloads each image once, captions it, features it and reports what could not be had', async () => {
    const { report } = await importWordPress(payload, writeExport(origin))
    // Each distinct image once per run: the press (attachment and its sized variant) created, the lost one skipped.
    expect(report.counts.media).toEqual({ created: 1, updated: 0, skipped: 1 })
    expect(requests.sort()).toEqual(['/wp-content/uploads/2019/05/lost.png', '/wp-content/uploads/2019/05/press.png'])
    expect(report.warnings).toEqual([
      `In “Illustrated script”, the image ${origin}/wp-content/uploads/2019/05/lost.png was not imported (HTTP 404): it stays a link to that address.`,
    ])
    const [media] = (await payload.find({ collection: 'media', where: { sourceUrl: { equals: `${origin}/wp-content/uploads/2019/05/press.png` } } })).docs
    expect(media).toMatchObject({ alt: 'A wooden printing press', caption: 'The press at Mainz.', width: 1600, height: 900, wordpressId: '30@media.example.com' })
    const post = (await payload.find({ collection: 'posts', where: { wordpressId: { equals: '31@media.example.com' } }, depth: 0 })).docs[0] as Post
    expect(post.heroImage).toBe(media.id)
    const nodes = post.content.root.children as unknown as Upload[]
    expect(nodes.map((node) => node.type)).toEqual(['paragraph', 'upload', 'paragraph', 'paragraph'])
    expect(nodes[1]).toMatchObject({ type: 'upload', value: media.id, fields: { caption: 'Gutenberg’s press, as rebuilt.' } })
    expect(nodes[2].children?.find((child) => child.type === 'link')?.fields?.url).toBe(`${origin}/wp-content/uploads/2019/05/lost.png`)

    const again = await importWordPress(payload, writeExport(origin))
    expect(again.report.counts.media).toEqual({ created: 0, updated: 0, skipped: 2 })
    expect((await payload.find({ collection: 'media', where: { sourceUrl: { exists: true } } })).totalDocs).toBe(1)
  })

  it('reads images from --media-dir without downloading, and --no-fetch downloads nothing', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'wxr-uploads-'))
    mkdirSync(path.join(folder, '2019', '05'), { recursive: true })
    writeFileSync(path.join(folder, '2019', '05', 'press.png'), png)
    const { report } = await importWordPress(payload, writeExport('https://media.example.com'), { mediaDir: folder, fetchMedia: false })
    expect(report.counts.media).toEqual({ created: 1, updated: 0, skipped: 1 })
    expect(requests).toEqual([])
    expect(report.warnings).toEqual([
      `In “Illustrated script”, the image https://media.example.com/wp-content/uploads/2019/05/lost.png was not imported (not found in ${folder}): it stays a link to that address.`,
    ])
  })

  it('a dry run leaves no file behind', async () => {
    const before = readdirSync(mediaDir()).length
    const { report } = await importWordPress(payload, writeExport(origin), { dryRun: true })
    expect(report.counts.media.created).toBe(1)
    expect(readdirSync(mediaDir()).length).toBe(before)
    expect((await payload.find({ collection: 'media', where: { sourceUrl: { exists: true } } })).totalDocs).toBe(0)
  })
})
