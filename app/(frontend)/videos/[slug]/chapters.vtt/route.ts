import { videoWithChapters } from '@/lib/chapters/chapterRoute'
import { chaptersToWebVtt } from '@/lib/chapters/webVtt'
import { conditionalResponse, notFoundResponse } from '@/lib/http/conditionalResponse'

export const dynamic = 'force-dynamic'

/** WebVTT chapters for `<track kind="chapters">`, derived from the script's marked headings. */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const video = await videoWithChapters(context)
  if (video instanceof Response) return video
  if (!video.duration) return notFoundResponse('WebVTT chapters need the video’s duration, which is not set.')
  return conditionalResponse(request, chaptersToWebVtt(video.chapters, video.duration), { contentType: 'text/vtt; charset=utf-8' })
}
