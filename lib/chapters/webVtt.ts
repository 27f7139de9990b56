import { chapterSpans } from './chapterRules'
import type { Chapter } from './extractChapters'

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** hh:mm:ss.ttt as WebVTT cue timings require. */
export function vttTimestamp(seconds: number): string {
  const whole = Math.floor(seconds)
  const millis = Math.round((seconds - whole) * 1000)
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}.${pad(millis, 3)}`
}

// Cue text is HTML-like: &, < and > must be escaped; "-->" cannot occur once < and > are.
const cueText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\r\n]+/g, ' ')

/** A WebVTT file for `<track kind="chapters">`: one cue per chapter, each ending where the next starts. */
export function chaptersToWebVtt(chapters: Chapter[], duration: number): string {
  const cues = chapterSpans(chapters, duration).map(
    (chapter, index) => `${index + 1}\n${vttTimestamp(chapter.start)} --> ${vttTimestamp(chapter.end)}\n${cueText(chapter.title)}`,
  )
  return ['WEBVTT', ...cues].join('\n\n') + '\n'
}
