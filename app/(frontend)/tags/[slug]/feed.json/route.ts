import { feedResponse } from '@/lib/feeds/feedResponse'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

export const GET = async (request: Request, { params }: Context) => feedResponse(request, 'json', { kind: 'tags', slug: (await params).slug })
