import type { MetadataRoute } from 'next'

import { getSite, siteBaseUrl } from '@/lib/data/site'

export const dynamic = 'force-dynamic'

export default async function robots(): Promise<MetadataRoute.Robots> {
  const baseUrl = siteBaseUrl(await getSite())
  return { rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api'] }], sitemap: `${baseUrl}/sitemap.xml` }
}
