import { JsonLd } from '@/components/seo/JsonLd'
import type { Chapter } from '@/lib/chapters/extractChapters'
import type { Media } from '@/payload-types'
import { getSite, siteBaseUrl } from '@/lib/data/site'
import { absoluteUrl } from '@/lib/richtext/urls'
import { posterPath } from '@/lib/media/videoPoster'
import { videoObject } from '@/lib/seo/videoObject'

type Props = {
  video: { title: string; description?: string | null; youtubeId: string; publishedAt?: string | null; duration?: number | null }
  poster: Media | null
  chapters?: Chapter[]
}

/** VideoObject structured data with Clip parts for chapters; the thumbnail is the poster served from this site. */
export async function VideoJsonLd({ video, poster, chapters }: Props) {
  const baseUrl = siteBaseUrl(await getSite())
  const path = posterPath(poster)
  return <JsonLd data={videoObject({ ...video, chapters, thumbnailUrl: path ? absoluteUrl(path, baseUrl) : null })} />
}
