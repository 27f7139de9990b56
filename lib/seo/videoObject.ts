import type { Chapter } from '@/lib/chapters/extractChapters'
import { nocookieEmbedUrl } from '@/lib/youtube/embedUrl'
import { youTubeWatchUrl } from '@/lib/youtube/parseYouTubeUrl'

import { isoDuration } from './isoDuration'

type VideoInput = {
  title: string
  description?: string | null
  youtubeId: string
  publishedAt?: string | null
  duration?: number | null
  /** Absolute URL of a thumbnail served from this site. */
  thumbnailUrl?: string | null
  chapters?: Chapter[]
}

/** schema.org Clip parts for chapters, each with a URL that starts the video there. */
function clips(video: VideoInput): Record<string, unknown>[] {
  const chapters = video.chapters ?? []
  return chapters.map((chapter, index) => {
    const end = chapters[index + 1]?.start ?? video.duration ?? null
    return {
      '@type': 'Clip',
      name: chapter.title,
      startOffset: chapter.start,
      ...(end !== null ? { endOffset: end } : {}),
      url: `https://www.youtube.com/watch?v=${video.youtubeId}&t=${chapter.start}s`,
    }
  })
}

/** schema.org VideoObject for a video (https://schema.org/VideoObject), with its chapters as Clip parts. */
export function videoObject(video: VideoInput): Record<string, unknown> {
  const parts = clips(video)
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: video.title,
    ...(video.description ? { description: video.description } : {}),
    ...(video.thumbnailUrl ? { thumbnailUrl: [video.thumbnailUrl] } : {}),
    ...(video.publishedAt ? { uploadDate: video.publishedAt } : {}),
    ...(video.duration ? { duration: isoDuration(video.duration) } : {}),
    embedUrl: nocookieEmbedUrl(video.youtubeId),
    url: youTubeWatchUrl({ id: video.youtubeId, start: null }),
    ...(parts.length ? { hasPart: parts } : {}),
  }
}
