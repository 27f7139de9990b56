import type { Chapter } from '@/lib/chapters/extractChapters'

import { formatTimestamp } from './parseTimestamp'

/** YouTube refuses descriptions longer than this (in characters) and any containing < or >. */
export const YOUTUBE_DESCRIPTION_LIMIT = 5000

/** A Sources entry as plain text, formatted like the page. */
export type SourceEntry = { id: number; text: string; url: string | null; annotation: string | null }

export type DescriptionInput = {
  excerpt?: string | null
  scriptUrl: string
  chapters: Chapter[]
  sources: SourceEntry[]
  channels: { name: string; url: string }[]
}

export type YouTubeDescription = { text: string; warnings: string[] }

// YouTube rejects angle brackets in descriptions; single guillemets read the same.
const youtubeSafe = (text: string) => text.replace(/</g, '‹').replace(/>/g, '›')

/**
 * The video's description, generated from its script: the excerpt, the script's URL, the chapters
 * in YouTube's "0:00 Title" format, the annotated SOURCES list and the channels.
 */
export function youtubeDescription({ excerpt, scriptUrl, chapters, sources, channels }: DescriptionInput): YouTubeDescription {
  const sections: string[] = []
  if (excerpt?.trim()) sections.push(excerpt.trim())
  sections.push(`Read the full script, with every source: ${scriptUrl}`)
  if (chapters.length) sections.push(['CHAPTERS', ...chapters.map((chapter) => `${formatTimestamp(chapter.start)} ${chapter.title}`)].join('\n'))
  if (sources.length) {
    const entries = sources.map((entry, index) =>
      [`${index + 1}. ${entry.text}${entry.url ? ` ${entry.url}` : ''}`, ...(entry.annotation ? [`   ${entry.annotation}`] : [])].join('\n'),
    )
    sections.push(['SOURCES', ...entries].join('\n'))
  }
  if (channels.length) sections.push(['CHANNELS', ...channels.map((channel) => `${channel.name}: ${channel.url}`)].join('\n'))
  const text = youtubeSafe(sections.join('\n\n')) + '\n'
  const warnings = text.length > YOUTUBE_DESCRIPTION_LIMIT
    ? [`The description is ${text.length} characters; YouTube allows ${YOUTUBE_DESCRIPTION_LIMIT}. Shorten the excerpt or the annotations.`]
    : []
  return { text, warnings }
}
