import type { MetadataRoute } from 'next'

import { getSitemap } from '@/lib/data/sitemap'

export const dynamic = 'force-dynamic'

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return getSitemap()
}
