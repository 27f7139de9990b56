import { getVideoBySlug, type VideoPageData } from '@/lib/data/videos'
import { notFoundResponse } from '@/lib/http/conditionalResponse'

type Context = { params: Promise<{ slug: string }> }

/** The video a chapters file is asked for, or the 404 saying why there is none. */
export async function videoWithChapters({ params }: Context): Promise<VideoPageData | Response> {
  const video = await getVideoBySlug((await params).slug)
  if (!video) return notFoundResponse('There is no video with this address.')
  if (video.chapters.length === 0) return notFoundResponse('This video has no chapters: its script marks none, or is not published.')
  return video
}
