/** Anonymous visitors: no writes anywhere, and only published posts and pages. */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload, unique } from './payload'
import { lexicalParagraph } from '../helpers/lexical'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const WRITABLE: { collection: CollectionSlug; data: (slug: string) => Record<string, unknown> }[] = [
  { collection: 'posts', data: (slug) => ({ title: slug, slug, content: lexicalParagraph('x') }) },
  { collection: 'pages', data: (slug) => ({ title: slug, slug, content: lexicalParagraph('x') }) },
  { collection: 'sources', data: (slug) => ({ title: slug, slug, type: 'book' }) },
  { collection: 'videos', data: (slug) => ({ title: slug, slug, youtubeUrl: 'https://youtu.be/HRb7B9fPhfA' }) },
  { collection: 'channels', data: (slug) => ({ name: slug, slug, url: 'https://www.youtube.com/@example' }) },
  { collection: 'categories', data: (slug) => ({ title: slug, slug }) },
  { collection: 'tags', data: (slug) => ({ title: slug, slug }) },
  { collection: 'series', data: (slug) => ({ title: slug, slug }) },
  { collection: 'users', data: (slug) => ({ name: slug, email: `${slug}@example.com`, password: 'correct-horse-battery' }) },
]

describe.each(WRITABLE)('anonymous writes to $collection', ({ collection, data }) => {
  const asAnonymous = { overrideAccess: false, user: null } as const

  it('cannot create', async () => {
    await expect(payload.create({ collection, data: data(unique('anon')) as never, ...asAnonymous })).rejects.toMatchObject({ status: 403 })
  })

  it('cannot update or delete an existing document', async () => {
    const doc = await payload.create({ collection, data: data(unique('anon')) as never, overrideAccess: true })
    await expect(payload.update({ collection, id: doc.id, data: {} as never, ...asAnonymous })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection, id: doc.id, ...asAnonymous })).rejects.toMatchObject({ status: 403 })
    const still = await payload.findByID({ collection, id: doc.id, overrideAccess: true })
    expect(still.id).toBe(doc.id)
  })
})

describe('anonymous reads', () => {
  it('cannot update the site settings or upload media', async () => {
    await expect(payload.updateGlobal({ slug: 'site', data: { title: 'Hacked' }, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({ collection: 'media', data: { alt: 'x' }, overrideAccess: false, filePath: undefined }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('see published posts and pages only: drafts and unpublished documents are invisible', async () => {
    for (const collection of ['posts', 'pages'] as const) {
      const published = await payload.create({
        collection,
        data: { title: unique('pub'), content: lexicalParagraph('public'), _status: 'published' },
        overrideAccess: true,
      })
      const draft = await payload.create({
        collection,
        data: { title: unique('draft'), content: lexicalParagraph('secret') },
        draft: true,
        overrideAccess: true,
      })
      const unpublished = await payload.create({
        collection,
        data: { title: unique('unpub'), content: lexicalParagraph('gone'), _status: 'published' },
        overrideAccess: true,
      })
      await payload.update({ collection, id: unpublished.id, data: { _status: 'draft' }, overrideAccess: true })

      const visible = await payload.find({ collection, overrideAccess: false, limit: 0, depth: 0 })
      const ids = visible.docs.map((doc) => doc.id)
      expect(ids).toContain(published.id)
      expect(ids).not.toContain(draft.id)
      expect(ids).not.toContain(unpublished.id)
      await expect(payload.findByID({ collection, id: draft.id, overrideAccess: false })).rejects.toMatchObject({ status: 404 })
      // Asking for drafts explicitly changes nothing for an anonymous reader.
      const asked = await payload.find({ collection, overrideAccess: false, draft: true, where: { id: { equals: draft.id } } })
      expect(asked.docs).toHaveLength(0)
    }
  })

  it('logged-in users see drafts', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { name: 'Reader', email: `${unique('reader')}@example.com`, password: 'correct-horse-battery', role: 'editor' },
      overrideAccess: true,
    })
    const draft = await payload.create({ collection: 'posts', data: { title: unique('draft'), content: lexicalParagraph('x') }, draft: true, overrideAccess: true })
    const found = await payload.findByID({ collection: 'posts', id: draft.id, overrideAccess: false, user, draft: true })
    expect(found.id).toBe(draft.id)
  })
})
