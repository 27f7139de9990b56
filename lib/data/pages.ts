import { cache } from 'react'

import type { Page } from '@/payload-types'

import { documentReadOptions, PUBLIC_READ, payloadClient } from './payload'

export const getPageBySlug = cache(async function getPageBySlug(slug: string): Promise<Page | null> {
  const payload = await payloadClient()
  const { preview, ...read } = await documentReadOptions()
  const result = await payload.find({
    ...read,
    collection: 'pages',
    where: preview ? { slug: { equals: slug } } : { slug: { equals: slug }, _status: { equals: 'published' } },
    limit: 1,
    depth: 1,
  })
  return result.docs[0] ?? null
})

/** The current slug of a published page that used to live at `slug`, for permanent redirects. */
export const getMovedPageSlug = cache(async function getMovedPageSlug(slug: string): Promise<string | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    ...PUBLIC_READ,
    collection: 'pages',
    where: { 'previousSlugs.slug': { equals: slug }, _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
    select: { slug: true },
  })
  return docs[0]?.slug ?? null
})
