import { parseClockTime } from '@/lib/youtube/parseTimestamp'
import { youTubeWatchUrl } from '@/lib/youtube/parseYouTubeUrl'

type Props = { youtubeId: string; time: string; className?: string; children?: React.ReactNode }

/**
 * "▶ 12:34": opens YouTube at that second without JavaScript; with it, the page's embed for the
 * same video plays from there (see VideoEmbedActivator).
 */
export function ChapterLink({ youtubeId, time, className = 'chapter-link', children }: Props) {
  const start = parseClockTime(time)
  if (start === null) return null
  return (
    <a
      className={className}
      href={youTubeWatchUrl({ id: youtubeId, start })}
      data-video-id={youtubeId}
      data-start={start}
      aria-label={children ? undefined : `Play the video from ${time}`}
      rel="noopener noreferrer"
    >
      {children ?? `▶ ${time.trim()}`}
    </a>
  )
}
