import { videoWithChapters } from '@/lib/chapters/chapterRoute'
import { chaptersToPodcastJson, PODCAST_CHAPTERS_TYPE } from '@/lib/chapters/podcastChapters'
import { getSite, siteBaseUrl } from '@/lib/data/site'
import { conditionalResponse } from '@/lib/http/conditionalResponse'
import { absoluteUrl } from '@/lib/richtext/urls'

export const dynamic = 'force-dynamic'

/** Podcasting 2.0 JSON chapters, derived from the script's marked headings. */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const video = await videoWithChapters(context)
  if (video instanceof Response) return video
  const baseUrl = siteBaseUrl(await getSite())
  const scriptUrl = video.scriptPost ? absoluteUrl(`/posts/${video.scriptPost.slug}`, baseUrl) : null
  const body = JSON.stringify(chaptersToPodcastJson(video.chapters, { title: video.title, scriptUrl, duration: video.duration }), null, 2)
  return conditionalResponse(request, body, { contentType: `${PODCAST_CHAPTERS_TYPE}; charset=utf-8` })
}
