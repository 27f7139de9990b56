import { cache } from 'react'

import type { Channel, Site } from '@/payload-types'

import { PUBLIC_READ, payloadClient } from './payload'

export { siteBaseUrl } from '@/lib/site/baseUrl'

export const getSite = cache(async function getSite(): Promise<Site> {
  const payload = await payloadClient()
  return payload.findGlobal({ ...PUBLIC_READ, slug: 'site', depth: 1 })
})

export const getChannels = cache(async function getChannels(): Promise<Channel[]> {
  const payload = await payloadClient()
  const result = await payload.find({ ...PUBLIC_READ, collection: 'channels', sort: 'order', limit: 50, depth: 0 })
  return result.docs
})
