import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { anchoredHeadings } from '@/lib/richtext/headingAnchors'
import { type LexicalNodeLike, nodeText, rootChildren, walkNodes } from '@/lib/richtext/lexicalNodes'
import { parseClockTime } from '@/lib/youtube/parseTimestamp'

import { CHAPTER_MARKER_SLUG } from './chapterMarker'

export type Chapter = {
  title: string
  /** Seconds from the start of the video. */
  start: number
  /** The heading's id on the script's page. */
  anchor: string
}

export type ChapterExtraction = {
  chapters: Chapter[]
  /** Problems with the markers themselves (misplaced, doubled, unreadable), as messages for the author. */
  markerProblems: string[]
}

const CHAPTER_HEADINGS = new Set(['h2', 'h3'])

export const isChapterMarker = (node: LexicalNodeLike): boolean =>
  node.type === 'inlineBlock' && node.fields?.blockType === CHAPTER_MARKER_SLUG

const markerTime = (node: LexicalNodeLike): string => String(node.fields?.time ?? '')

/** The chapters a script's headings are marked with, in document order. */
export function extractChapters(content: SerializedEditorState | null | undefined): ChapterExtraction {
  if (!content?.root) return { chapters: [], markerProblems: [] }
  const markerProblems: string[] = []
  const chapters: Chapter[] = []

  for (const heading of anchoredHeadings(content)) {
    const markers = [...walkNodes(heading.children ?? [])].map(({ node }) => node).filter(isChapterMarker)
    if (markers.length === 0) continue
    const title = nodeText(heading).trim()
    if (!CHAPTER_HEADINGS.has(heading.tag)) {
      markerProblems.push(`The heading “${title}” is an ${heading.tag}; chapter times belong in h2 or h3 headings.`)
      continue
    }
    if (markers.length > 1) markerProblems.push(`The heading “${title}” has ${markers.length} chapter times; keep one.`)
    const start = parseClockTime(markerTime(markers[0]))
    if (start === null) {
      markerProblems.push(`The chapter time “${markerTime(markers[0])}” in “${title}” is not a time like 12:34.`)
      continue
    }
    if (!title) {
      markerProblems.push(`A heading marked ${markerTime(markers[0])} has no text; YouTube needs a title for every chapter.`)
      continue
    }
    chapters.push({ title, start, anchor: heading.anchor })
  }

  for (const { node, block } of walkNodes(rootChildren(content))) {
    if (isChapterMarker(node) && block.type !== 'heading') {
      markerProblems.push(`A chapter time (${markerTime(node)}) sits outside a heading; move it into the h2 or h3 heading it times.`)
    }
  }
  return { chapters, markerProblems }
}
