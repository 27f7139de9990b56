import { cache } from 'react'

import type { Channel, Site } from '@/payload-types'

import { serverUrl } from '@/lib/env'

import { PUBLIC_READ, payloadClient } from './payload'

/** The public origin for absolute URLs: the site settings' base URL, else SERVER_URL. */
export const siteBaseUrl = (site: Pick<Site, 'baseUrl'>) => (site.baseUrl ?? serverUrl()).replace(/\/+$/, '')

export const getSite = cache(async function getSite(): Promise<Site> {
  const payload = await payloadClient()
  return payload.findGlobal({ ...PUBLIC_READ, slug: 'site', depth: 1 })
})

export const getChannels = cache(async function getChannels(): Promise<Channel[]> {
  const payload = await payloadClient()
  const result = await payload.find({ ...PUBLIC_READ, collection: 'channels', sort: 'order', limit: 50, depth: 0 })
  return result.docs
})
