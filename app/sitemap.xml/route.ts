import { sitemapResponse } from '@/lib/seo/sitemapResponse'

export const dynamic = 'force-dynamic'

export const GET = (request: Request) => sitemapResponse(request, 0)
