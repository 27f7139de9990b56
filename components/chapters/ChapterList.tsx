import Link from '@/components/links/SiteLink'

import type { Chapter } from '@/lib/chapters/extractChapters'
import { formatTimestamp } from '@/lib/youtube/parseTimestamp'

import { ChapterLink } from './ChapterLink'

type Props = { chapters: Chapter[]; youtubeId: string; scriptSlug?: string | null; videoSlug?: string | null }

/** The video's chapters: each plays the embed from its start and links to its heading in the script. */
export function ChapterList({ chapters, youtubeId, scriptSlug, videoSlug }: Props) {
  if (chapters.length === 0) return null
  return (
    <section className="chapters" aria-labelledby="chapters-heading">
      <h2 id="chapters-heading">Chapters</h2>
      <ol className="chapters__list">
        {chapters.map((chapter) => {
          const time = formatTimestamp(chapter.start)
          return (
            <li key={`${chapter.start}-${chapter.anchor}`}>
              <ChapterLink youtubeId={youtubeId} time={time} className="chapter-link chapters__time">
                <span aria-hidden="true">▶ </span>
                <time dateTime={`PT${chapter.start}S`}>{time}</time>
                <span className="visually-hidden"> play</span>
              </ChapterLink>{' '}
              {scriptSlug ? <Link href={`/posts/${scriptSlug}#${chapter.anchor}`}>{chapter.title}</Link> : chapter.title}
            </li>
          )
        })}
      </ol>
      {videoSlug ? (
        <p className="chapters__formats">
          Chapters as <a href={`/videos/${videoSlug}/chapters.vtt`}>WebVTT</a> · <a href={`/videos/${videoSlug}/chapters.json`}>JSON (Podcasting 2.0)</a>
        </p>
      ) : null}
    </section>
  )
}
