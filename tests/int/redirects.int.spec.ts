/**
 * Moved addresses are redirect records (@payloadcms/plugin-redirects): renames write them, the
 * migration turned former slugs into them, editors' input is checked, and the lookup proxy.ts
 * answers from (lib/redirects/redirectTable.ts) only ever leads to published documents.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { Pool } from 'pg'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { lookupRedirect, redirectsChanged } from '@/lib/redirects/redirectTable'
import { down, up } from '@/migrations/20261201_203324_redirects_and_seo_plugins'

import { lexicalParagraph } from '../helpers/lexical'
import { expectFieldError, testPayload, unique } from './payload'

let payload: Payload
const content = lexicalParagraph('A script.')

beforeAll(async () => {
  payload = await testPayload()
})

const redirectsFrom = async (from: string) =>
  (await payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0, overrideAccess: true })).docs

describe('renaming a published post or page', () => {
  it('turns the old address into a redirect that follows the document through later renames', async () => {
    const first = unique('first-name')
    const post = await payload.create({ collection: 'posts', data: { title: 'Renamed', slug: first, content, _status: 'published' } })
    await payload.update({ collection: 'posts', id: post.id, data: { slug: `${first}-second` } })
    await payload.update({ collection: 'posts', id: post.id, data: { slug: `${first}-third` } })

    const [fromFirst] = await redirectsFrom(`/posts/${first}`)
    expect(fromFirst.to).toEqual({ type: 'reference', reference: { relationTo: 'posts', value: post.id }, url: null })
    expect(await lookupRedirect(`/posts/${first}`)).toBe(`/posts/${first}-third`)
    expect(await lookupRedirect(`/posts/${first}-second`)).toBe(`/posts/${first}-third`)
    expect(await lookupRedirect(`/posts/${first}-third`)).toBeNull()

    // Back to the first name: that address is the post's own again, so its redirect goes.
    await payload.update({ collection: 'posts', id: post.id, data: { slug: first } })
    expect(await redirectsFrom(`/posts/${first}`)).toEqual([])
    expect(await lookupRedirect(`/posts/${first}-third`)).toBe(`/posts/${first}`)
  })

  it('waits for the publish: a draft with a new slug leaves the live address alone', async () => {
    const slug = unique('live-name')
    const page = await payload.create({ collection: 'pages', data: { title: 'About', slug, content, _status: 'published' } })
    await payload.update({ collection: 'pages', id: page.id, data: { slug: `${slug}-draft` }, draft: true })
    expect(await redirectsFrom(`/${slug}`)).toEqual([])
    await payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' } })
    expect(await lookupRedirect(`/${slug}`)).toBe(`/${slug}-draft`)
  })

  it('leads nowhere while the document is unpublished', async () => {
    const slug = unique('hidden')
    const post = await payload.create({ collection: 'posts', data: { title: 'Hidden later', slug, content, _status: 'published' } })
    await payload.update({ collection: 'posts', id: post.id, data: { slug: `${slug}-new` } })
    expect(await lookupRedirect(`/posts/${slug}`)).toBe(`/posts/${slug}-new`)
    await payload.update({ collection: 'posts', id: post.id, data: { _status: 'draft' } })
    expect(await lookupRedirect(`/posts/${slug}`)).toBeNull()
  })

  it('does not redirect a draft that was never published', async () => {
    const slug = unique('never-live')
    const post = await payload.create({ collection: 'posts', data: { title: 'Draft', slug, content }, draft: true })
    await payload.update({ collection: 'posts', id: post.id, data: { slug: `${slug}-b`, _status: 'published' } })
    expect(await redirectsFrom(`/posts/${slug}`)).toEqual([])
  })
})

describe('redirects written by hand', () => {
  it('store the old address as a path and lead to a custom URL', async () => {
    const from = `/2019/05/12/${unique('old-permalink')}`
    const created = await payload.create({ collection: 'redirects', data: { from: `http://localhost:3000${from}/`, to: { type: 'custom', url: 'https://www.youtube.com/@scriptorium' } } })
    expect(created.from).toBe(from)
    expect(await lookupRedirect(from)).toBe('https://www.youtube.com/@scriptorium')
    // With the trailing slash a reader's old link may carry, too.
    expect(await lookupRedirect(`${from}/`)).toBe('https://www.youtube.com/@scriptorium')
  })

  it('keep WordPress plain permalinks (/?p=<id>) as old addresses', async () => {
    const id = Date.now() % 1_000_000_000
    await payload.create({ collection: 'redirects', data: { from: `http://localhost:3000/?p=${id}`, to: { type: 'custom', url: '/about' } } })
    expect(await redirectsFrom(`/?p=${id}`)).toHaveLength(1)
    expect(await lookupRedirect(`/?p=${id}`)).toBe('/about')
    expect(await lookupRedirect(`/?p=${id + 1}`)).toBeNull()
  })

  it('refuse unsafe targets, foreign addresses, duplicates and loops with the reason on the field', async () => {
    await expectFieldError(
      payload.create({ collection: 'redirects', data: { from: `/${unique('x')}`, to: { type: 'custom', url: 'javascript:alert(1)' } } }),
      'to.url',
      /^Only paths on this site and http:\/\/ or https:\/\/ URLs can be redirect targets \(got "javascript:"\)\.$/,
    )
    await expectFieldError(
      payload.create({ collection: 'redirects', data: { from: `/${unique('x')}`, to: { type: 'custom', url: '/\\evil.example' } } }),
      'to.url',
      /^"\/\\evil\.example" is not a path on this site\.$/,
    )
    await expectFieldError(
      payload.create({ collection: 'redirects', data: { from: 'https://elsewhere.example/old', to: { type: 'custom', url: '/' } } }),
      'from',
      /^"https:\/\/elsewhere\.example\/old" is not an address on this site; enter its path, e\.g\. \/posts\/old-slug\.$/,
    )
    const from = `/${unique('taken')}`
    await payload.create({ collection: 'redirects', data: { from, to: { type: 'custom', url: '/archive' } } })
    await expectFieldError(payload.create({ collection: 'redirects', data: { from, to: { type: 'custom', url: '/sources' } } }), 'from', /unique/i)
    const slug = unique('loop')
    const post = await payload.create({ collection: 'posts', data: { title: 'Loop', slug, content, _status: 'published' } })
    await expectFieldError(
      payload.create({ collection: 'redirects', data: { from: `/posts/${slug}`, to: { type: 'reference', reference: { relationTo: 'posts', value: post.id } } } }),
      'from',
      new RegExp(`^/posts/${slug} is where this redirect leads: it would send readers round in a loop\\.$`),
    )
  })

  it('are not readable anonymously through the API', async () => {
    await expect(payload.find({ collection: 'redirects', overrideAccess: false, user: null, limit: 1 })).rejects.toMatchObject({ status: 403 })
  })
})

describe('the lookup proxy.ts answers from', () => {
  it('reads the database once per change, not once per request', async () => {
    const from = `/${unique('hot-path')}`
    await payload.create({ collection: 'redirects', data: { from, to: { type: 'custom', url: '/archive' } } })
    expect(await lookupRedirect(from)).toBe('/archive')
    // Calls go through to the real pool; the spy only counts them.
    const queries = vi.spyOn(Pool.prototype, 'query')
    try {
      for (let request = 0; request < 50; request++) {
        expect(await lookupRedirect(from)).toBe('/archive')
        expect(await lookupRedirect(`/posts/${unique('existing-post')}`)).toBeNull()
      }
      expect(queries).not.toHaveBeenCalled()
      redirectsChanged()
      expect(await lookupRedirect(from)).toBe('/archive')
      expect(queries).toHaveBeenCalledTimes(1)
    } finally {
      queries.mockRestore()
    }
  })
})

describe('the migration to redirect records', () => {
  it('turns every former slug into a redirect to its document and keeps the SEO fields', async () => {
    const image = (await payload.find({ collection: 'media', limit: 1, depth: 0 })).docs[0]
    const postSlug = unique('migrated-post')
    const pageSlug = unique('migrated-page')
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Migrated', slug: postSlug, content, _status: 'published', meta: { title: 'Meta title ✓', description: 'Meta “description” & more', image: image?.id } },
    })
    const page = await payload.create({ collection: 'pages', data: { title: 'Migrated page', slug: pageSlug, content, _status: 'published', meta: { title: 'Page meta' } } })
    const db = payload.db.drizzle
    const req = {} as PayloadRequest

    await down({ db, payload, req })
    await db.execute(sql`INSERT INTO posts_previous_slugs (_order, _parent_id, id, slug) VALUES (1, ${post.id}, ${`a${post.id}`}, ${`${postSlug}-old`}), (2, ${post.id}, ${`b${post.id}`}, ${postSlug})`)
    await db.execute(sql`INSERT INTO pages_previous_slugs (_order, _parent_id, id, slug) VALUES (1, ${page.id}, ${`c${page.id}`}, ${`${pageSlug}-old`})`)
    await up({ db, payload, req })
    // Migrations run before any server reads the table; here one already has a copy in memory.
    redirectsChanged()

    expect((await redirectsFrom(`/posts/${postSlug}-old`)).map((redirect) => redirect.to)).toEqual([{ type: 'reference', reference: { relationTo: 'posts', value: post.id }, url: null }])
    expect((await redirectsFrom(`/${pageSlug}-old`)).map((redirect) => redirect.to)).toEqual([{ type: 'reference', reference: { relationTo: 'pages', value: page.id }, url: null }])
    // A former slug equal to the current one would loop: not copied.
    expect(await redirectsFrom(`/posts/${postSlug}`)).toEqual([])
    expect(await lookupRedirect(`/posts/${postSlug}-old`)).toBe(`/posts/${postSlug}`)
    expect(await lookupRedirect(`/${pageSlug}-old`)).toBe(`/${pageSlug}`)

    const kept = await payload.findByID({ collection: 'posts', id: post.id, depth: 0 })
    expect(kept.meta).toEqual({ title: 'Meta title ✓', description: 'Meta “description” & more', image: image?.id ?? null })
    expect((await payload.findByID({ collection: 'pages', id: page.id, depth: 0 })).meta?.title).toBe('Page meta')
  })
})
