/**
 * The WordPress importer on a real PostgreSQL: our own export in the first user's shape, the theme
 * unit test data, re-runs, dry runs, refused files and a failure half-way. Everything it writes is
 * removed afterwards, so the other test files see the database as before.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { importWordPress } from '@/lib/import/wordpress/importWordPress'
import type { ImportReport, Tally } from '@/lib/import/wordpress/importReport'
import { lookupRedirect, redirectsChanged } from '@/lib/redirects/redirectTable'
import type { Post } from '@/payload-types'

import { sharedFixturePath } from '../helpers/sharedFixtures'
import { testPayload } from './payload'
import { removeImportedData } from './importedData'

let payload: Payload
const ESSAYS = path.resolve(import.meta.dirname, '../fixtures/wordpress/essay-export.xml')
const ROLLBACK = path.resolve(import.meta.dirname, '../fixtures/wordpress/rollback-export.xml')

beforeAll(async () => {
  payload = await testPayload()
})

/** Removes everything the imports write, so each test starts from the database as the other files leave it. */
async function cleanUp() {
  // The theme unit test data's videos too.
  await removeImportedData(payload, { videos: ['SQEQr7c0-dw', 'ex8fMxXJDJw', 'O_HyZ5aW76c'] })
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, overrideAccess: true })
}

beforeEach(cleanUp)
afterAll(cleanUp)

const counts = (report: ImportReport) => Object.fromEntries(Object.entries(report.counts).filter(([, tally]) => tally.created + tally.updated + tally.skipped > 0)) as Record<string, Tally>
/** A document by its WordPress id, stored qualified by the blog it came from. */
const byWordPressId = async (collection: 'posts' | 'pages', id: string, anonymous = false) =>
  (await payload.find({ collection, where: { wordpressId: { equals: id.includes('@') ? id : `${id}@essays.example.com` } }, depth: 0, ...(anonymous ? { overrideAccess: false, user: null } : { overrideAccess: true, draft: true }) })).docs[0] as Post | undefined

/** The dates on a post's own row (what the public site reads), not its newest version's. */
const rowDates = async (id: number) => {
  const post = await payload.findByID({ collection: 'posts', id, draft: false, depth: 0, overrideAccess: true, select: { createdAt: true, updatedAt: true } })
  return { createdAt: post.createdAt, updatedAt: post.updatedAt }
}
/** The dates of a post's newest version (the admin's version list and "last modified" read them). */
const newestVersionDates = async (id: number) => {
  const versions = await payload.findVersions({ collection: 'posts', where: { parent: { equals: id }, latest: { equals: true } }, depth: 0, overrideAccess: true })
  expect(versions.docs).toHaveLength(1)
  return { createdAt: versions.docs[0].version.createdAt, updatedAt: versions.docs[0].version.updatedAt }
}

type Quotation = { blockType: string; source: number; label: string; locator: string; quote: unknown }
const quotations = (post: Post) =>
  (post.content.root.children as { type: string; fields?: Quotation }[]).filter((node) => node.type === 'block' && node.fields?.blockType === 'quotation').map((node) => node.fields!)

describe('importing our own export (quotations, sources, videos, channels, a draft)', () => {
  it('a dry run reports everything and writes nothing', async () => {
    const { report, summary } = await importWordPress(payload, ESSAYS, { dryRun: true })
    expect(counts(report)).toEqual({
      posts: { created: 3, updated: 0, skipped: 0 },
      pages: { created: 1, updated: 0, skipped: 0 },
      categories: { created: 2, updated: 0, skipped: 0 },
      tags: { created: 1, updated: 0, skipped: 0 },
      authors: { created: 0, updated: 0, skipped: 1 },
      sources: { created: 4, updated: 0, skipped: 0 },
      videos: { created: 2, updated: 0, skipped: 0 },
      channels: { created: 2, updated: 0, skipped: 0 },
      redirects: { created: 17, updated: 0, skipped: 0 },
    })
    expect(summary.split('\n')[0]).toBe('Dry run (nothing was written): essay-export.xml')
    expect(await byWordPressId('posts', '10')).toBeUndefined()
    expect((await payload.find({ collection: 'videos', where: { youtubeId: { equals: 'Wxr1mp0rtAa' } } })).docs).toEqual([])
  })

  it('imports quotations tied to sources, the linked video, the channels, terms, statuses and old addresses', async () => {
    const { report, runId } = await importWordPress(payload, ESSAYS)
    expect(report.warnings).toEqual([
      'The WordPress author “The Essayist” (essayist) has no account here (no user has the e-mail essayist@example.com): their posts show the name as a byline. Create the account and import again to link them.',
    ])
    expect(report.internals).toEqual({ comments: 1, 'postmeta rows': 1 })

    const script = (await byWordPressId('posts', '10'))!
    expect(script).toMatchObject({ title: 'How Print Frightened the Scribes', slug: 'how-print-frightened-the-scribes', _status: 'published', publishedAt: '2019-05-12T09:30:00.000Z', excerpt: 'Why the scribes feared & fought the press.' })
    // Created when first published and updated when last modified on WordPress, not at the import.
    expect({ createdAt: script.createdAt, updatedAt: script.updatedAt }).toEqual({ createdAt: '2019-05-12T09:30:00.000Z', updatedAt: '2019-06-01T07:00:00.000Z' })
    expect(await rowDates(script.id)).toEqual({ createdAt: '2019-05-12T09:30:00.000Z', updatedAt: '2019-06-01T07:00:00.000Z' })
    expect(await newestVersionDates(script.id)).toEqual({ createdAt: '2019-05-12T09:30:00.000Z', updatedAt: '2019-06-01T07:00:00.000Z' })
    const introduction = await payload.find({ collection: 'pages', where: { wordpressId: { equals: '2@essays.example.com' } }, depth: 0, overrideAccess: true })
    expect(introduction.docs[0]?.updatedAt).toBe('2018-01-01T10:00:00.000Z')
    // No account has the author's e-mail: the name is the byline, shown as the author.
    expect(script).toMatchObject({ authors: [], byline: 'The Essayist', populatedAuthors: [{ name: 'The Essayist' }] })
    const found = quotations(script)
    expect(found.map(({ label, locator }) => `${label} ${locator}`)).toEqual(['page 35', 'page 216', 'page 319', 'page 12–14'])
    const sources = await payload.find({ collection: 'sources', where: { id: { in: found.map((quotation) => quotation.source) } }, depth: 0 })
    expect(sources.docs.map((source) => `${source.authors?.[0]?.family} — ${source.title}`).sort()).toEqual(['Alliluyeva — Twenty Letters to a Friend', 'Trithemius — In Praise of Scribes'])
    // (p. 319) refers to the source cited just before it.
    expect(found[2].source).toBe(found[1].source)
    expect(found[3].source).toBe(found[0].source)

    // The SOURCES list became the post's Sources (the site renders that section itself), annotations and URL kept.
    const list = (script.sources ?? []).map((row) => ({ source: row.source as number, annotation: row.annotation ?? null }))
    const listed = await payload.find({ collection: 'sources', where: { id: { in: list.map((row) => row.source) } }, depth: 0 })
    const byId = new Map(listed.docs.map((source) => [source.id, source]))
    expect(list.map((row) => [byId.get(row.source)?.authors?.[0]?.family, byId.get(row.source)?.title, row.annotation])).toEqual([
      ['Trithemius', 'In Praise of Scribes', 'The abbot’s case against print; read with care.'],
      ['Alliluyeva', 'Twenty Letters to a Friend', null],
      ['Hugo', 'Notre-Dame de Paris', 'The chapter that gave this essay its title.'],
    ])
    expect(byId.get(list[0].source)?.url).toBe('https://archive.org/details/inpraiseofscribes')
    expect(list[0].source).toBe(found[0].source)
    expect(JSON.stringify(script.content)).not.toContain('SOURCES')

    const video = await payload.findByID({ collection: 'videos', id: script.video as number, depth: 0 })
    expect(video.youtubeId).toBe('Wxr1mp0rtAa')
    const categories = await payload.find({ collection: 'categories', where: { id: { in: script.categories as number[] } }, depth: 1 })
    expect(categories.docs.map((category) => [category.slug, typeof category.parent === 'object' ? category.parent?.slug : null])).toEqual([['printing', 'history']])

    const blocks = (await byWordPressId('posts', '12'))!
    expect(quotations(blocks).map(({ label, locator }) => `${label} ${locator}`)).toEqual(['page 317–18'])
    expect((await payload.findByID({ collection: 'videos', id: blocks.video as number, depth: 0 })).youtubeId).toBe('Wxr1mp0rtBb')

    const channels = await payload.find({ collection: 'channels', where: { url: { in: ['https://www.youtube.com/@WxrImportEssays', 'https://www.youtube.com/channel/UCwxrimportaudiobooks000'] } }, sort: 'url', depth: 0 })
    expect(channels.docs.map((channel) => channel.url)).toEqual(['https://www.youtube.com/@WxrImportEssays', 'https://www.youtube.com/channel/UCwxrimportaudiobooks000'])

    // The draft is not public anywhere; the published script is.
    expect(await byWordPressId('posts', '11', true)).toBeUndefined()
    expect((await byWordPressId('posts', '11'))?._status).toBe('draft')
    expect((await byWordPressId('posts', '10', true))?.id).toBe(script.id)

    redirectsChanged()
    expect(await lookupRedirect('/2019/05/12/how-print-frightened-the-scribes/')).toBe('/posts/how-print-frightened-the-scribes')
    expect(await lookupRedirect('/2019/05/how-print-frightened-the-scribes')).toBe('/posts/how-print-frightened-the-scribes')
    expect(await lookupRedirect('/?p=10')).toBe('/posts/how-print-frightened-the-scribes')
    expect(await lookupRedirect('/?page_id=2')).toBe('/introduction')
    expect(await lookupRedirect('/category/printing')).toBe('/categories/printing')
    expect(await lookupRedirect('/tag/scribes')).toBe('/tags/scribes')
    // A draft's old addresses lead nowhere until it is published.
    expect(await lookupRedirect('/?p=11')).toBeNull()

    const run = await payload.findByID({ collection: 'import-runs', id: runId })
    expect(run.status).toBe('succeeded')
    expect(run.summary).toContain('posts               3        0        0')
  })

  it('a second run updates in place: nothing is duplicated', async () => {
    await importWordPress(payload, ESSAYS)
    const before = await payload.count({ collection: 'sources' })
    const { report } = await importWordPress(payload, ESSAYS)
    expect(Object.values(report.counts).reduce((total, tally) => total + tally.created, 0)).toBe(0)
    expect(counts(report).posts).toEqual({ created: 0, updated: 3, skipped: 0 })
    expect(counts(report).redirects).toEqual({ created: 0, updated: 17, skipped: 0 })
    expect(await payload.count({ collection: 'sources' })).toEqual(before)
    expect((await payload.find({ collection: 'posts', where: { wordpressId: { equals: '10@essays.example.com' } }, draft: true })).totalDocs).toBe(1)
    // An update stamps the row and its new version with the time of the import: both get the WordPress dates back.
    const script = (await byWordPressId('posts', '10'))!
    expect(await rowDates(script.id)).toEqual({ createdAt: '2019-05-12T09:30:00.000Z', updatedAt: '2019-06-01T07:00:00.000Z' })
    expect(await newestVersionDates(script.id)).toEqual({ createdAt: '2019-05-12T09:30:00.000Z', updatedAt: '2019-06-01T07:00:00.000Z' })
  })

  it('finds what an export of the same blog wrote by guid after the blog moved to another domain: nothing is duplicated', async () => {
    await importWordPress(payload, ESSAYS)
    const moved = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-moved-')), 'moved-export.xml')
    // The export after a move: the blog's address and the items' links change, their guids never do.
    const text = readFileSync(ESSAYS, 'utf8').replace(/<(link|wp:base_site_url|wp:base_blog_url)>https:\/\/essays\.example\.com/g, '<$1>https://essays-moved.example.org')
    expect(text).toContain('<wp:base_blog_url>https://essays-moved.example.org</wp:base_blog_url>')
    writeFileSync(moved, text)
    const { report } = await importWordPress(payload, moved)
    expect(counts(report).posts).toEqual({ created: 0, updated: 3, skipped: 0 })
    expect(counts(report).pages).toEqual({ created: 0, updated: 1, skipped: 0 })
    expect((await payload.find({ collection: 'posts', where: { title: { equals: 'How Print Frightened the Scribes' } }, draft: true, depth: 0 })).docs.map((post) => post.wordpressId)).toEqual(['10@essays-moved.example.org'])
  })

  it('keeps a post edited here since the last import unless told to overwrite it', async () => {
    await importWordPress(payload, ESSAYS)
    const script = (await byWordPressId('posts', '10'))!
    await payload.update({ collection: 'posts', id: script.id, data: { title: 'How Print Frightened the Scribes (revised)' }, overrideAccess: true })
    const kept = await importWordPress(payload, ESSAYS)
    expect(kept.report.warnings.filter((warning) => !warning.startsWith('The WordPress author'))).toEqual(['“How Print Frightened the Scribes” was edited here since the last import: kept as it is (run with --overwrite to replace it).'])
    expect((await byWordPressId('posts', '10'))?.title).toBe('How Print Frightened the Scribes (revised)')
    // …and by every later run, not only the next one.
    const keptAgain = await importWordPress(payload, ESSAYS)
    expect(keptAgain.report.counts.posts).toEqual({ created: 0, updated: 2, skipped: 1 })
    expect((await byWordPressId('posts', '10'))?.title).toBe('How Print Frightened the Scribes (revised)')
    await importWordPress(payload, ESSAYS, { overwrite: true })
    expect((await byWordPressId('posts', '10'))?.title).toBe('How Print Frightened the Scribes')
  })
})

describe('all or nothing', () => {
  it('refuses a file that is not well-formed, writes nothing and keeps the failed run', async () => {
    const file = sharedFixturePath('wxr/malformed.xml')
    if (!file) return
    const categories = await payload.count({ collection: 'categories' })
    await expect(importWordPress(payload, file)).rejects.toThrow('malformed.xml is not well-formed XML: unexpected close tag. (line 90, column 10)')
    expect(await payload.count({ collection: 'categories' })).toEqual(categories)
    const [run] = (await payload.find({ collection: 'import-runs', sort: '-startedAt', limit: 1 })).docs
    expect(run).toMatchObject({ file: 'malformed.xml', status: 'failed', error: 'malformed.xml is not well-formed XML: unexpected close tag. (line 90, column 10)' })
  })

  it('rolls back everything when an item fails half-way', async () => {
    // A real database error on the second page, after the category and the first page were written.
    await payload.db.drizzle.execute(sql`CREATE FUNCTION refuse_second_page() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.title = 'Second page' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF; RETURN NEW; END $$`)
    await payload.db.drizzle.execute(sql`CREATE TRIGGER refuse_second_page BEFORE INSERT ON pages FOR EACH ROW EXECUTE FUNCTION refuse_second_page()`)
    try {
      await expect(importWordPress(payload, ROLLBACK)).rejects.toThrow(/^WordPress page 9002 \(“Second page”\) could not be saved: /)
    } finally {
      await payload.db.drizzle.execute(sql`DROP TRIGGER refuse_second_page ON pages; DROP FUNCTION refuse_second_page()`)
    }
    expect(await byWordPressId('pages', '9001@rollback.example.com')).toBeUndefined()
    expect((await payload.find({ collection: 'categories', where: { slug: { equals: 'rollback-category' } } })).docs).toEqual([])
  })
})

describe('importing the WordPress theme unit test data', () => {
  it('imports every post and page, keeps the draft, scheduled, private and password-protected ones out of public view, and re-runs without duplicates', async () => {
    const file = sharedFixturePath('wxr/themeunittestdata.wordpress.xml')
    if (!file) return
    // Never WordPress.com from a test: images are not fetched (the media test serves its own).
    const { report } = await importWordPress(payload, file, { fetchMedia: false })
    expect(counts(report)).toEqual({
      posts: { created: 58, updated: 0, skipped: 0 },
      pages: { created: 21, updated: 0, skipped: 0 },
      categories: { created: 68, updated: 0, skipped: 0 },
      tags: { created: 110, updated: 0, skipped: 0 },
      authors: { created: 0, updated: 0, skipped: 2 },
      // 34 distinct images once their WordPress size variants are folded together (37 attachments and the images in the content).
      media: { created: 0, updated: 0, skipped: 34 },
      videos: { created: 3, updated: 0, skipped: 0 },
      // 457 item and archive addresses, plus 10 nested category paths, 68 ?cat= and 110 ?tag= forms,
      // and the 37 attachment pages' 109 addresses (their link, ?p= and ?attachment_id=).
      redirects: { created: 754, updated: 0, skipped: 0 },
    })
    // 6 nav_menu terms in the term list; 9 post formats, assigned 13 times to posts (counted over the file apart from the importer).
    expect(report.internals).toEqual({ comments: 33, 'nav_menu terms': 6, 'nav_menu_item items': 70, 'post_format terms': 9, 'post_format term assignments': 13, 'postmeta rows': 737 })
    const hidden = await payload.find({ collection: 'posts', where: { title: { in: ['Draft', 'Scheduled', 'Template: Password Protected (the password is "enter")'] } }, overrideAccess: true, draft: true, depth: 0 })
    expect(hidden.docs.map((post) => post._status).sort()).toEqual(['draft', 'draft', 'draft'])
    const visible = await payload.find({ collection: 'posts', where: { title: { in: ['Draft', 'Scheduled', 'Template: Password Protected (the password is "enter")'] } }, overrideAccess: false, user: null, depth: 0 })
    expect(visible.docs).toEqual([])
    const scheduled = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, overrideAccess: true, limit: 100 })
    expect(scheduled.docs.some((job) => (job.input as { doc?: { value?: number } }).doc?.value === hidden.docs.find((post) => post.title === 'Scheduled')?.id)).toBe(true)

    const again = await importWordPress(payload, file, { fetchMedia: false })
    expect(Object.values(again.report.counts).reduce((total, tally) => total + tally.created, 0)).toBe(0)
  })
})
