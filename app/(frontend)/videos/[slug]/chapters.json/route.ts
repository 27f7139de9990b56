import { getSite, siteBaseUrl } from '@/lib/data/site'
import { getVideoBySlug } from '@/lib/data/videos'
import { chaptersToPodcastJson, PODCAST_CHAPTERS_TYPE } from '@/lib/chapters/podcastChapters'
import { conditionalResponse, notFoundResponse } from '@/lib/http/conditionalResponse'
import { absoluteUrl } from '@/lib/richtext/urls'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** Podcasting 2.0 JSON chapters, derived from the script's marked headings. */
export async function GET(request: Request, { params }: Context) {
  const video = await getVideoBySlug((await params).slug)
  if (!video) return notFoundResponse('There is no video with this address.')
  if (video.chapters.length === 0) return notFoundResponse('This video has no chapters: its script marks none, or is not published.')
  const baseUrl = siteBaseUrl(await getSite())
  const scriptUrl = video.scriptPost ? absoluteUrl(`/posts/${video.scriptPost.slug}`, baseUrl) : null
  const body = JSON.stringify(chaptersToPodcastJson(video.chapters, { title: video.title, scriptUrl, duration: video.duration }), null, 2)
  return conditionalResponse(request, body, { contentType: `${PODCAST_CHAPTERS_TYPE}; charset=utf-8` })
}
