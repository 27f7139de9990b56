import { sitemapFileNumber } from '@/lib/seo/sitemapFiles'
import { sitemapResponse } from '@/lib/seo/sitemapResponse'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return sitemapResponse(request, sitemapFileNumber((await params).file))
}
