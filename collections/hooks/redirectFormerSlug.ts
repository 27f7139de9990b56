import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { internalDocPath } from '@/lib/richtext/siteHref'

type Slugged = { id?: number; slug?: string | null; _status?: string | null }

// Kept per request rather than in req.context: a nested Local API call inside the operation may replace that object.
const formerSlugs = new WeakMap<PayloadRequest, Map<string, string>>()
const key = (collection: string, id: unknown) => `${collection}:${String(id)}`

/**
 * A publish that changes a published document's slug: remember the slug readers know (the live
 * one, read from the published document, not from the latest draft) for the redirect below.
 */
export const noteFormerSlug: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req, collection }) => {
  const incoming = data as Slugged
  const original = originalDoc as Slugged | undefined
  // A draft save arrives as _status 'draft' and leaves the live document alone; otherwise the status stays as it was unless given.
  if (operation !== 'update' || !original?.id || (incoming._status ?? original._status) !== 'published') return data
  const id = original.id
  const live = (await req.payload.findByID({
    collection: collection.slug as 'posts' | 'pages',
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { slug: true, _status: true },
  })) as Slugged | null
  const slug = incoming.slug ?? original.slug
  if (live?._status === 'published' && live.slug && slug && live.slug !== slug) {
    if (!formerSlugs.has(req)) formerSlugs.set(req, new Map())
    formerSlugs.get(req)!.set(key(collection.slug, id), live.slug)
  }
  return data
}

/**
 * …and once it is published under the new slug, the old address becomes a redirect record that
 * follows the document (to its current slug, through any later rename). A redirect from the
 * document's own address goes whenever it is published: the document lives there.
 */
export const redirectFormerSlug: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const relationTo = collection.slug as 'posts' | 'pages'
  const current = internalDocPath({ relationTo, value: doc })
  // A published document owns its address: a redirect from it (an imported WordPress address such
  // as /<post-name>, or an earlier rename) would hide the document, since redirects are answered first.
  if ((doc as Slugged)._status === 'published' && (doc as Slugged).slug) {
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: current } }, overrideAccess: true, req })
  }
  const pending = formerSlugs.get(req)
  const formerSlug = pending?.get(key(collection.slug, (doc as Slugged).id))
  if (!formerSlug) return doc
  pending!.delete(key(collection.slug, (doc as Slugged).id))
  const from = internalDocPath({ relationTo, value: { slug: formerSlug } })
  const to = { type: 'reference' as const, reference: { relationTo, value: (doc as Slugged).id as number } }
  const existing = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, overrideAccess: true, req })
  if (existing.docs[0]) await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data: { to }, overrideAccess: true, req })
  else await req.payload.create({ collection: 'redirects', data: { from, to }, overrideAccess: true, req })
  return doc
}
