import { getVideoBySlug } from '@/lib/data/videos'
import { chaptersToWebVtt } from '@/lib/chapters/webVtt'
import { conditionalResponse, notFoundResponse } from '@/lib/http/conditionalResponse'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** WebVTT chapters for `<track kind="chapters">`, derived from the script's marked headings. */
export async function GET(request: Request, { params }: Context) {
  const video = await getVideoBySlug((await params).slug)
  if (!video) return notFoundResponse('There is no video with this address.')
  if (video.chapters.length === 0) return notFoundResponse('This video has no chapters: its script marks none, or is not published.')
  if (!video.duration) return notFoundResponse('WebVTT chapters need the video’s duration, which is not set.')
  return conditionalResponse(request, chaptersToWebVtt(video.chapters, video.duration), { contentType: 'text/vtt; charset=utf-8' })
}
