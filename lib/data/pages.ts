import { cache } from 'react'

import type { Page } from '@/payload-types'

import { documentReadOptions, payloadClient } from './payload'

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
