/**
 * The WordPress importer's own test exports and the block test data (../shared/fixtures/wxr, read
 * in place) imported into a real PostgreSQL, checked against what the fixtures' README says of
 * them: text byte-exact, statuses, odd terms, backslashes; nothing is fetched from WordPress.com.
 */
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { importWordPress } from '@/lib/import/wordpress/importWordPress'
import type { Post } from '@/payload-types'

import { sharedFixturePath } from '../helpers/sharedFixtures'
import { removeImportedData } from './importedData'
import { testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
beforeEach(() => removeImportedData(payload))
afterAll(() => removeImportedData(payload))

const fixture = (name: string) => sharedFixturePath(`wxr/${name}`)
const posts = async (where: Where) => (await payload.find({ collection: 'posts', where, depth: 0, overrideAccess: true, draft: true, pagination: false })).docs as Post[]
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** Every string in a value, so that none can hide a lone surrogate. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []

describe('the shared WordPress exports, imported', () => {
  it.skipIf(!fixture('wxr-utf-8-challenges.xml'))('wxr-utf-8-challenges.xml: bidi controls, emoji and zalgo text stay byte-exact, and no character reference becomes a lone surrogate', async () => {
    await importWordPress(payload, fixture('wxr-utf-8-challenges.xml')!, { fetchMedia: false })
    const [post] = await posts({ wordpressId: { like: '10@' } })
    expect(post.title).toBe('"The Road \u202eNot\u202c Taken" by Rob\u202dert \u202eFrost \u202a\u{1F332}\u202c')
    const text = JSON.stringify(post.content)
    expect(text).toContain('in a yel\u202dlow wo\u202eod,\u202c')
    expect(text).toContain('\u{1F680}\u{1F31F}\u{1F4AB}')
    // `&#xD800;&#xDC00;&#xDBFF;&#xDFFF;` in the HTML: each reference is a replacement character, never half a pair.
    expect(text).toContain(': \uFFFD\uFFFD\uFFFD\uFFFD')
    expect(strings(post.content).filter((value) => LONE_SURROGATE.test(value))).toEqual([])
  })

  it.skipIf(!fixture('slashes.xml'))('slashes.xml: backslashes survive in terms and content', async () => {
    await importWordPress(payload, fixture('slashes.xml')!, { fetchMedia: false })
    const category = (await payload.find({ collection: 'categories', where: { slug: { equals: 'alpha' } }, depth: 0 })).docs[0]
    expect(category.title).toBe('a \\"great\\" category')
    const tag = (await payload.find({ collection: 'tags', where: { wordpressId: { like: '33@' } }, depth: 0 })).docs[0]
    expect(tag.title).toBe("foo\\'bar")
    const [post] = await posts({ wordpressId: { like: '1@' } })
    expect(JSON.stringify(post.content)).toContain('"text":"Slashes aren\\\\\'t \\\\\\"cool\\\\\\""')
  })

  it.skipIf(!fixture('small-export.xml'))('small-export.xml (WXR 1.1): the private post and the draft page are drafts, odd categories keep their names and parents', async () => {
    const { report } = await importWordPress(payload, fixture('small-export.xml')!, { fetchMedia: false })
    expect(report.counts.posts).toEqual({ created: 6, updated: 0, skipped: 0 })
    expect(report.counts.pages).toEqual({ created: 5, updated: 0, skipped: 0 })
    expect(report.warnings.filter((warning) => warning.includes('Private Post'))).toHaveLength(1)
    const [privatePost] = await posts({ title: { equals: 'Private Post' }, wordpressId: { exists: true } })
    expect(privatePost._status).toBe('draft')
    const draftPage = (await payload.find({ collection: 'pages', where: { title: { equals: 'Draft Page' }, wordpressId: { exists: true } }, draft: true, depth: 0 })).docs[0]
    expect(draftPage._status).toBe('draft')
    const categories = await payload.find({ collection: 'categories', where: { slug: { in: ['eternity', 'foo', 'foo-bar', 'delta'] } }, sort: 'slug', depth: 1 })
    expect(categories.docs.map((category) => [category.slug, category.title, typeof category.parent === 'object' ? (category.parent?.slug ?? null) : null])).toEqual([
      ['delta', 'dElta', null],
      ['eternity', '远征手记', null],
      ['foo', 'Foo', null],
      ['foo-bar', 'Foo', 'bar'],
    ])
  })

  it.skipIf(!fixture('valid-wxr-1.1.xml'))('valid-wxr-1.1.xml (CRLF line endings): its post and page', async () => {
    const { report } = await importWordPress(payload, fixture('valid-wxr-1.1.xml')!, { fetchMedia: false })
    expect([report.counts.posts, report.counts.pages]).toEqual([
      { created: 1, updated: 0, skipped: 0 },
      { created: 1, updated: 0, skipped: 0 },
    ])
    const [post] = await posts({ wordpressId: { like: '1@' } })
    expect(post.title).toBe('Hello world!')
    expect(strings(post).some((value) => value.includes('\r'))).toBe(false)
  })

  it.skipIf(!fixture('64-block-test-data.xml'))('64-block-test-data.xml: every post and page of the block test data, titles decoded once', async () => {
    const { report } = await importWordPress(payload, fixture('64-block-test-data.xml')!, { fetchMedia: false })
    expect(report.counts.posts).toEqual({ created: 61, updated: 0, skipped: 0 })
    expect(report.counts.pages).toEqual({ created: 1, updated: 0, skipped: 0 })
    expect((await posts({ title: { equals: 'Media & Text' }, wordpressId: { exists: true } })).map((post) => post.title)).toEqual(['Media & Text'])
  })
})
