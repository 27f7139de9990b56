import type { MetadataRoute } from 'next'

import { cached } from '@/lib/cache/cached'
import { CACHE_TAGS } from '@/lib/cache/cacheTags'
import { getSitemap } from '@/lib/data/sitemap'

export const dynamic = 'force-dynamic'

// Dynamic, so that building needs no database; the list itself is made once and cached until a change drops it.
export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return cached(['sitemap'], [CACHE_TAGS.sitemap], getSitemap)
}
