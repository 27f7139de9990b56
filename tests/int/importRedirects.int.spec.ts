/**
 * Old WordPress addresses after an import, on a real PostgreSQL: nested category archives and
 * plain permalinks, attachment pages, and a page here that keeps its own address.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { importWordPress } from '@/lib/import/wordpress/importWordPress'
import { lookupRedirect, redirectsChanged } from '@/lib/redirects/redirectTable'

import { lexicalParagraph } from '../helpers/lexical'
import { testPayload } from './payload'
import { removeImportedData } from './importedData'

let payload: Payload
const ESSAYS = path.resolve(import.meta.dirname, '../fixtures/wordpress/essay-export.xml')
const SHADOWED_SLUG = 'how-print-frightened-the-scribes'

async function cleanUp() {
  await payload.delete({ collection: 'pages', where: { slug: { equals: SHADOWED_SLUG } }, overrideAccess: true })
  await payload.delete({ collection: 'media', where: { wordpressId: { like: '@addresses.example.com' } }, overrideAccess: true })
  await removeImportedData(payload)
}

beforeAll(async () => {
  payload = await testPayload()
})
beforeEach(cleanUp)
afterAll(cleanUp)

const page = (slug: string) =>
  payload.create({ collection: 'pages', data: { title: 'A page of the site', slug, content: lexicalParagraph('The site’s own page.') as never, _status: 'published' }, overrideAccess: true })

describe('old addresses of an imported blog', () => {
  it('lead from nested category archives, ?cat= and ?tag= to the terms here', async () => {
    await importWordPress(payload, ESSAYS)
    redirectsChanged()
    expect(await lookupRedirect('/category/history/printing/')).toBe('/categories/printing')
    expect(await lookupRedirect('/category/printing')).toBe('/categories/printing')
    expect(await lookupRedirect('/category/history')).toBe('/categories/history')
    expect(await lookupRedirect('/?cat=4')).toBe('/categories/printing')
    expect(await lookupRedirect('/?tag=scribes')).toBe('/tags/scribes')
  })

  it('never take the address of a page that is already here, and a page published later takes its address back', async () => {
    const existing = await page(SHADOWED_SLUG)
    await importWordPress(payload, ESSAYS)
    redirectsChanged()
    // WordPress's post-name address of the script would hide the page: not recorded.
    expect(await lookupRedirect(`/${SHADOWED_SLUG}`)).toBeNull()
    expect(await lookupRedirect('/?p=10')).toBe(`/posts/${SHADOWED_SLUG}`)
    await payload.delete({ collection: 'pages', id: existing.id, overrideAccess: true })

    await importWordPress(payload, ESSAYS)
    redirectsChanged()
    expect(await lookupRedirect(`/${SHADOWED_SLUG}`)).toBe(`/posts/${SHADOWED_SLUG}`)
    await page(SHADOWED_SLUG)
    redirectsChanged()
    expect(await lookupRedirect(`/${SHADOWED_SLUG}`)).toBeNull()
    expect((await payload.find({ collection: 'redirects', where: { from: { equals: `/${SHADOWED_SLUG}` } } })).totalDocs).toBe(0)
  })

  it('lead from an attachment page to the post it belongs to, or to the file itself', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'wxr-addresses-'))
    writeFileSync(path.join(folder, 'press.png'), await sharp({ create: { width: 40, height: 30, channels: 3, background: '#335577' } }).png().toBuffer())
    writeFileSync(path.join(folder, 'type.png'), await sharp({ create: { width: 40, height: 30, channels: 3, background: '#775533' } }).png().toBuffer())
    const file = path.join(folder, 'addresses-export.xml')
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Addresses</title><link>https://addresses.example.com</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://addresses.example.com</wp:base_blog_url>
<item><title>The press</title><link>https://addresses.example.com/2019/05/12/a-printed-script/the-press/</link><wp:post_id>40</wp:post_id><wp:post_parent>41</wp:post_parent><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
  <wp:attachment_url>https://addresses.example.com/wp-content/uploads/press.png</wp:attachment_url></item>
<item><title>A printed script</title><link>https://addresses.example.com/2019/05/12/a-printed-script/</link><wp:post_id>41</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>a-printed-script</wp:post_name>
  <wp:post_date_gmt>2019-05-12 09:30:00</wp:post_date_gmt><content:encoded><![CDATA[The text.]]></content:encoded></item>
<item><title>Loose type</title><link>https://addresses.example.com/?attachment_id=42</link><wp:post_id>42</wp:post_id><wp:post_parent>0</wp:post_parent><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
  <wp:attachment_url>https://addresses.example.com/wp-content/uploads/type.png</wp:attachment_url></item>
</channel></rss>`,
    )
    // Not imported (nothing fetched, no folder): the page still leads to its post, or to the file where it was.
    await importWordPress(payload, file, { fetchMedia: false })
    redirectsChanged()
    expect(await lookupRedirect('/?attachment_id=40')).toBe('/posts/a-printed-script')
    expect(await lookupRedirect('/?attachment_id=42')).toBe('https://addresses.example.com/wp-content/uploads/type.png')

    await importWordPress(payload, file, { mediaDir: folder, fetchMedia: false })
    redirectsChanged()
    expect(await lookupRedirect('/2019/05/12/a-printed-script/the-press/')).toBe('/posts/a-printed-script')
    expect(await lookupRedirect('/?attachment_id=40')).toBe('/posts/a-printed-script')
    const loose = (await payload.find({ collection: 'media', where: { wordpressId: { equals: '42@addresses.example.com' } } })).docs[0]
    expect(loose.url).toMatch(/^\/api\/media\/file\/type-[0-9a-f]{8}(-\d+)?\.png$/)
    expect(await lookupRedirect('/?attachment_id=42')).toBe(loose.url)
    expect(await lookupRedirect('/?p=42')).toBe(loose.url)
  })
})
