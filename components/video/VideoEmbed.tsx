import { formatTimestamp } from '@/lib/youtube/parseTimestamp'
import { youTubeWatchUrl } from '@/lib/youtube/parseYouTubeUrl'

import { VideoEmbedActivator } from './VideoEmbedActivator.client'

type Props = {
  youtubeId: string
  title: string
  start?: number | null
  duration?: number | null
  /** A poster served from this site; without one the placeholder shows the title only. */
  posterUrl?: string | null
}

/**
 * Privacy-first YouTube embed: until the reader asks for the video nothing is requested from
 * YouTube or Google. Without JavaScript the poster is a plain link to the video on YouTube; with
 * it, a click (or Enter/Space) swaps in a youtube-nocookie.com player that starts playing.
 */
export function VideoEmbed({ youtubeId, title, start, duration, posterUrl }: Props) {
  const watchUrl = youTubeWatchUrl({ id: youtubeId, start: start ?? null })
  return (
    <div className="video-embed" data-video-id={youtubeId} data-start={start ?? 0}>
      <a className="video-embed__poster" href={watchUrl} rel="noopener noreferrer">
        {posterUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- a plain img keeps the poster on our origin with no image optimiser round trip
          <img src={posterUrl} alt="" width={1200} height={630} loading="lazy" />
        ) : null}
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
