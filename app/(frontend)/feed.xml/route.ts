import { feedResponse } from '@/lib/feeds/feedResponse'

export const dynamic = 'force-dynamic'

export const GET = (request: Request) => feedResponse(request, 'rss')
