import { COLUMN_IMAGE_SIZES, ResponsiveImage } from '@/components/media/ResponsiveImage'
import { formatTimestamp } from '@/lib/youtube/parseTimestamp'
import { youTubeWatchUrl } from '@/lib/youtube/parseYouTubeUrl'

import type { Media } from '@/payload-types'

import { VideoEmbedActivator } from './VideoEmbedActivator.client'

type Props = {
  youtubeId: string
  title: string
  start?: number | null
  duration?: number | null
  /** A poster from this site's media; without one the placeholder shows the title only. */
  poster?: Media | null
  /** The player leads the page: its poster is then the largest paint, loaded at once and first. */
  priority?: boolean
}

/**
 * Privacy-first YouTube embed: until the reader asks for the video nothing is requested from
 * YouTube or Google. Without JavaScript the poster is a plain link to the video on YouTube; with
 * it, a click (or Enter/Space) swaps in a youtube-nocookie.com player that starts playing.
 */
export function VideoEmbed({ youtubeId, title, start, duration, poster, priority = false }: Props) {
  const watchUrl = youTubeWatchUrl({ id: youtubeId, start: start ?? null })
  return (
    <div className="video-embed" data-video-id={youtubeId} data-start={start ?? 0}>
      <a className="video-embed__poster" href={watchUrl} rel="noopener noreferrer">
        {/* Decorative: the caption beside it names the video. Its sizes, WebP first (the 16:9 box crops any of them). */}
        {poster ? <ResponsiveImage media={poster} sizes={COLUMN_IMAGE_SIZES} alt="" priority={priority} /> : null}
        <span className="video-embed__play" aria-hidden="true">
          ▶
        </span>
        <span className="video-embed__caption">
          <span className="visually-hidden">Play video: </span>
          <span className="video-embed__title">{title}</span>
          {duration ? <span className="video-embed__duration"> · {formatTimestamp(duration)}</span> : null}
        </span>
      </a>
      <VideoEmbedActivator youtubeId={youtubeId} title={title} />
    </div>
  )
}
