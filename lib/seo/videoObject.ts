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
}

/** schema.org VideoObject for a video (https://schema.org/VideoObject). */
export function videoObject(video: VideoInput): Record<string, unknown> {
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
  }
}
