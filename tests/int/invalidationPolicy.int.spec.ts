/**
 * The cache invalidation table (lib/cache/invalidationPolicy.ts): one decision per collection, and
 * what a change to a post drops, worked out against a real database.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { postChangeTargets } from '@/lib/cache/postChangeTargets'
import { COLLECTION_INVALIDATION } from '@/lib/cache/invalidationPolicy'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import type { Post } from '@/payload-types'

import { testPayload } from './payload'

let payload: Payload
const stamp = Date.now().toString(36)
const created: { collection: 'posts' | 'categories' | 'tags'; id: number }[] = []

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(async () => {
  for (const { collection, id } of created.reverse()) await payload.delete({ collection, id, overrideAccess: true })
})

async function make<T extends 'posts' | 'categories' | 'tags'>(collection: T, data: Record<string, unknown>) {
  const doc = await payload.create({ collection, data: data as never, overrideAccess: true })
  created.push({ collection, id: doc.id })
  return doc
}

describe('cache invalidation policy', () => {
  it('has a decision for exactly the collections the site has', () => {
    expect(Object.keys(COLLECTION_INVALIDATION).sort()).toEqual(payload.config.collections.map((collection) => collection.slug).sort())
    expect(Object.keys(COLLECTION_INVALIDATION).sort()).toEqual(
      ['categories', 'channels', 'import-runs', 'media', 'pages', 'payload-jobs', 'payload-kv', 'payload-locked-documents', 'payload-migrations', 'payload-preferences', 'posts', 'redirects', 'series', 'sources', 'tags', 'users', 'videos'].sort(),
    )
  })

  it('a published post drops its page, the lists, its terms and their feeds, the site feeds, the sitemap and the posts beside it', async () => {
    const category = await make('categories', { title: `Policy ${stamp}`, slug: `policy-${stamp}` })
    const tag = await make('tags', { title: `Policy tag ${stamp}`, slug: `policy-tag-${stamp}` })
    const post = (slug: string, publishedAt: string, extra: Record<string, unknown> = {}) =>
      make('posts', { title: slug, slug, content: lexicalDocument(paragraph('x')), publishedAt, _status: 'published', ...extra })
    const older = await post(`policy-older-${stamp}`, '1901-01-01T00:00:00.000Z')
    const newer = await post(`policy-newer-${stamp}`, '1901-03-01T00:00:00.000Z')
    const sibling = await post(`policy-sibling-${stamp}`, '1850-01-01T00:00:00.000Z', { tags: [tag.id] })
    const changed = await post(`policy-changed-${stamp}`, '1901-02-01T00:00:00.000Z', { categories: [category.id], tags: [tag.id] })

    const req = await createLocalReq({}, payload)
    const targets = await postChangeTargets(req, changed, { ...changed, slug: `policy-before-${stamp}` })
    expect(targets.tags.sort()).toEqual([`feeds:categories:policy-${stamp}`, `feeds:tags:policy-tag-${stamp}`, 'feeds:site', `post-files:policy-before-${stamp}`, `post-files:policy-changed-${stamp}`, 'sitemap'].sort())
    expect(targets.paths.map(({ path, type }) => `${type ?? 'path'} ${path}`).sort()).toEqual(
      [
        `path /posts/policy-changed-${stamp}`,
        `path /posts/policy-before-${stamp}`,
        'page /(frontend)/page/[page]',
        'path /archive',
        'path /archive/1901',
        `path /categories/policy-${stamp}`,
        `path /tags/policy-tag-${stamp}`,
        `path /posts/${older.slug}`,
        `path /posts/${newer.slug}`,
        `path /posts/${sibling.slug}`,
      ].sort(),
    )
  })

  it('a post moved to another year drops the archive pages of both years; the first or last post of a year drops every archive page', async () => {
    const post = (name: string, publishedAt: string) => make('posts', { title: name, slug: `policy-${name}-${stamp}`, content: lexicalDocument(paragraph('x')), publishedAt, _status: 'published' })
    await post('anchor-1905', '1905-03-01T00:00:00.000Z')
    await post('anchor-1906', '1906-03-01T00:00:00.000Z')
    const moved = await post('moved', '1906-02-01T00:00:00.000Z')
    const req = await createLocalReq({}, payload)
    const archive = async (doc: Post, previousDoc: Post | null) => (await postChangeTargets(req, doc, previousDoc)).paths.map(({ path }) => path).filter((path) => path.includes('/archive')).sort()
    expect(await archive(moved, { ...moved, publishedAt: '1905-12-31T23:30:00.000Z' })).toEqual(['/archive', '/archive/1905', '/archive/1906'])

    // Alone in its year: publishing it adds the year to every archive page's list of years.
    const lone = await post('lone', '1907-05-01T00:00:00.000Z')
    expect(await archive(lone, null)).toEqual(['/(frontend)/archive/[[...rest]]', '/archive'])
    // Edited in place, it stays the year's one post: the year's page and /archive only.
    expect(await archive({ ...lone, title: 'lone, edited' }, lone)).toEqual(['/archive', '/archive/1907'])
    // Unpublished, its year leaves the list.
    const unpublished = await payload.update({ collection: 'posts', id: lone.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await archive(unpublished, lone)).toEqual(['/(frontend)/archive/[[...rest]]', '/archive'])
  })

  it('a draft that was never published drops only its own page and files', async () => {
    const draft = await make('posts', { title: 'draft', slug: `policy-draft-${stamp}`, content: lexicalDocument(paragraph('x')), _status: 'draft' })
    const req = await createLocalReq({}, payload)
    expect(await postChangeTargets(req, draft, null)).toEqual({ paths: [{ path: `/posts/policy-draft-${stamp}` }], tags: [`post-files:policy-draft-${stamp}`] })
  })

  it('a draft saved over a published post (an autosave) drops nothing; unpublishing it drops the lists', async () => {
    const slug = `policy-live-${stamp}`
    const live = await make('posts', { title: 'live', slug, content: lexicalDocument(paragraph('x')), publishedAt: '1902-01-01T00:00:00.000Z', _status: 'published' })
    const req = await createLocalReq({}, payload)

    const draft = await payload.update({ collection: 'posts', id: live.id, data: { title: 'live, edited' }, draft: true, autosave: true, overrideAccess: true })
    expect(draft._status).toBe('draft')
    expect(await postChangeTargets(req, draft, live)).toEqual({ paths: [], tags: [] })

    const unpublished = await payload.update({ collection: 'posts', id: live.id, data: { _status: 'draft' }, overrideAccess: true })
    const targets = await postChangeTargets(req, unpublished, live)
    expect(targets.paths.map(({ path }) => path)).toEqual(expect.arrayContaining([`/posts/${slug}`, '/(frontend)/page/[page]', '/archive']))
    expect(targets.tags).toEqual(expect.arrayContaining(['feeds:site', 'sitemap', `post-files:${slug}`]))
  })
})
