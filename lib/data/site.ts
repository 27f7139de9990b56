import { cache } from 'react'

import type { Channel, Site } from '@/payload-types'

import { cached } from '@/lib/cache/cached'

import { PUBLIC_READ, payloadClient } from './payload'

export { siteBaseUrl } from '@/lib/site/baseUrl'

// The site settings and the channels are on every page (header, footer, metadata): they are read
// from the data cache, which any change to them empties (lib/cache/invalidationPolicy.ts), so a
// page render spends no query on them.
export const getSite = cache(function getSite(): Promise<Site> {
  return cached(['site-settings'], [], async () => (await payloadClient()).findGlobal({ ...PUBLIC_READ, slug: 'site', depth: 1 }))
})

export const getChannels = cache(function getChannels(): Promise<Channel[]> {
  return cached(['channels'], [], async () => {
    const result = await (await payloadClient()).find({ ...PUBLIC_READ, collection: 'channels', sort: 'order', pagination: false, depth: 0 })
    return result.docs
  })
})
