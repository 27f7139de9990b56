import { formatTimestamp } from '@/lib/youtube/parseTimestamp'

import type { Chapter } from './extractChapters'

/** YouTube's rules for chapters in a description (https://support.google.com/youtube/answer/9884579). */
export const MIN_CHAPTERS = 3
export const MIN_CHAPTER_SECONDS = 10

const named = (chapter: Chapter) => `“${chapter.title}” (${formatTimestamp(chapter.start)})`

/**
 * Every way a chapter list breaks YouTube's rules, as messages for the author; empty when it is
 * valid. A script without chapters is valid: chapters are optional.
 */
export function chapterRuleViolations(chapters: Chapter[], { duration }: { duration?: number | null } = {}): string[] {
  if (chapters.length === 0) return []
  const problems: string[] = []
  if (chapters[0].start !== 0) {
    problems.push(`The first chapter must start at 0:00; ${named(chapters[0])} is the first. Mark the first heading 0:00, or add an opening heading at 0:00.`)
  }
  if (chapters.length < MIN_CHAPTERS) {
    problems.push(`YouTube needs at least ${MIN_CHAPTERS} chapters; the script marks ${chapters.length}.`)
  }
  chapters.forEach((chapter, index) => {
    const next = chapters[index + 1]
    if (next && next.start <= chapter.start) {
      problems.push(`Chapters must be in ascending order: ${named(next)} comes after ${named(chapter)} in the script.`)
    } else if (next && next.start - chapter.start < MIN_CHAPTER_SECONDS) {
      problems.push(`${named(chapter)} lasts ${next.start - chapter.start} s; each chapter must last at least ${MIN_CHAPTER_SECONDS} s.`)
    }
    if (duration && chapter.start >= duration) {
      problems.push(`${named(chapter)} starts after the end of the video (${formatTimestamp(duration)}).`)
    } else if (!next && duration && duration - chapter.start < MIN_CHAPTER_SECONDS) {
      problems.push(`${named(chapter)} lasts ${duration - chapter.start} s to the end of the video; each chapter must last at least ${MIN_CHAPTER_SECONDS} s.`)
    }
  })
  return problems
}

/** The chapters with the end of each (the next start, or the video's end), for formats that need one. */
export function chapterSpans(chapters: Chapter[], duration: number): (Chapter & { end: number })[] {
  return chapters.map((chapter, index) => ({ ...chapter, end: chapters[index + 1]?.start ?? duration }))
}
