/**
 * A sitemap of more addresses than one file holds (lib/seo/sitemapFiles.ts) is served as an index
 * at /sitemap.xml and files at /sitemaps/<n>.xml, through the same responses the routes give.
 */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { testPayload, unique } from './payload'

let payload: Payload
let sitemapResponse: typeof import('@/lib/seo/sitemapResponse').sitemapResponse
let getSitemap: typeof import('@/lib/data/sitemap').getSitemap
const stamp = unique('sitemap-split').toLowerCase().replace(/[^a-z0-9]+/g, '-')
const OURS = 2100

const db = () => (payload.db as unknown as PostgresAdapter).drizzle
const get = async (file: number | null, headers: Record<string, string> = {}) => {
  const response = await sitemapResponse(new Request(`http://localhost/sitemap-test/${file}`, { headers }), file)
  return { status: response.status, type: response.headers.get('content-type'), etag: response.headers.get('etag'), text: await response.text() }
}
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])

beforeAll(async () => {
  payload = await testPayload()
  // Imported after testPayload(): the data layer reads the Payload config, which needs the test environment.
  ;({ sitemapResponse } = await import('@/lib/seo/sitemapResponse'))
  ;({ getSitemap } = await import('@/lib/data/sitemap'))
  // More categories than one sitemap file holds, in one statement (2,100 creates through Payload take minutes).
  await db().execute(sql`INSERT INTO "categories" ("title", "slug") SELECT ${stamp} || ' ' || n, ${stamp} || '-' || n FROM generate_series(1, ${OURS}) n`)
})

afterAll(async () => {
  await db().execute(sql`DELETE FROM "categories" WHERE "slug" LIKE ${`${stamp}-%`}`)
})

describe('a sitemap of more than 2,000 addresses', () => {
  it('is an index at /sitemap.xml of files of 2,000 addresses, which together list each address once', async () => {
    const total = (await getSitemap()).length
    expect(total).toBeGreaterThan(OURS)
    const index = await get(0)
    expect(index).toMatchObject({ status: 200, type: 'application/xml; charset=utf-8' })
    expect(index.text).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    const files = locs(index.text).map((url) => new URL(url).pathname)
    expect(files).toEqual(Array.from({ length: Math.ceil(total / 2000) }, (_, n) => `/sitemaps/${n + 1}.xml`))

    const listed: string[] = []
    for (const [n] of files.entries()) {
      const file = await get(n + 1)
      expect(file).toMatchObject({ status: 200, type: 'application/xml; charset=utf-8' })
      expect(file.text).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
      listed.push(...locs(file.text))
    }
    expect(locs((await get(1)).text)).toHaveLength(2000)
    expect(listed).toHaveLength(total)
    const ours = listed.filter((url) => url.includes(`/categories/${stamp}-`))
    expect(new Set(ours).size).toBe(OURS)
    expect(ours).toHaveLength(OURS)
  })

  it('adds a new post at the end: the earlier files stay as they were (crawlers keep their copies)', async () => {
    const before = await get(1)
    const post = await payload.create({ collection: 'posts', data: { title: `${stamp} newest`, slug: `${stamp}-newest`, content: lexicalDocument(paragraph('The newest.')), _status: 'published' } })
    try {
      expect((await get(1)).etag).toBe(before.etag)
      const files = locs((await get(0)).text).length
      // The last file ends with the new post, then home and the archive (dated by it).
      expect(locs((await get(files)).text).slice(-3).map((url) => new URL(url).pathname)).toEqual([`/posts/${stamp}-newest`, '/', '/archive'])
    } finally {
      await payload.delete({ collection: 'posts', id: post.id })
    }
  })

  it('answers 304 to the tag it gave, and 404 past the last file or for an address that is not a file', async () => {
    const first = await get(1)
    expect((await get(1, { 'if-none-match': first.etag! })).status).toBe(304)
    const files = locs((await get(0)).text).length
    expect((await get(files + 1)).status).toBe(404)
    expect((await get(null)).status).toBe(404)
  })
})
