import { payloadClient } from '@/lib/data/payload'
import { getPostBySlug } from '@/lib/data/posts'
import { describePostForYouTube } from '@/lib/data/youtubeDescription'
import { conditionalResponse, notFoundResponse } from '@/lib/http/conditionalResponse'
import { documentCacheControl } from '@/lib/http/documentCacheControl'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** The published script's generated YouTube description, as plain text to paste into YouTube. */
export async function GET(request: Request, { params }: Context) {
  const post = await getPostBySlug((await params).slug)
  if (!post) return notFoundResponse('There is no published post with this address.')
  const { text } = await describePostForYouTube(await payloadClient(), post)
  return conditionalResponse(request, text, { contentType: 'text/plain; charset=utf-8', cacheControl: await documentCacheControl() })
}
