import type { Chapter } from './extractChapters'

/** The media type the Podcasting 2.0 chapters specification asks servers to use. */
export const PODCAST_CHAPTERS_TYPE = 'application/json+chapters'

export type PodcastChapters = {
  version: '1.2.0'
  title?: string
  chapters: { startTime: number; endTime?: number; title: string; url?: string }[]
}

/**
 * Podcasting 2.0 JSON chapters (https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/examples/chapters/jsonChapters.md);
 * each chapter links to its heading in the script when the script's URL is known.
 */
export function chaptersToPodcastJson(chapters: Chapter[], { title, scriptUrl, duration }: { title?: string; scriptUrl?: string | null; duration?: number | null }): PodcastChapters {
  return {
    version: '1.2.0',
    ...(title ? { title } : {}),
    chapters: chapters.map((chapter, index) => {
      const end = chapters[index + 1]?.start ?? duration ?? undefined
      return {
        startTime: chapter.start,
        ...(end !== undefined ? { endTime: end } : {}),
        title: chapter.title,
        ...(scriptUrl ? { url: `${scriptUrl}#${chapter.anchor}` } : {}),
      }
    }),
  }
}
