import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { RichTextFieldValidation } from 'payload'

import { chapterRuleViolations } from '@/lib/chapters/chapterRules'
import { extractChapters } from '@/lib/chapters/extractChapters'
import { validateRichTextLinks } from '@/lib/richtext/validateRichTextLinks'

type VideoRef = number | { id: number; duration?: number | null } | null | undefined

async function videoDuration(video: VideoRef, req: Parameters<RichTextFieldValidation>[1]['req']): Promise<number | null> {
  if (video === null || video === undefined) return null
  if (typeof video === 'object') return video.duration ?? null
  const doc = await req.payload.findByID({ collection: 'videos', id: video, depth: 0, req, select: { duration: true } }).catch(() => null)
  return doc?.duration ?? null
}

/**
 * The links and the editor's own validation, then the chapter markers against YouTube's rules and the linked
 * video's duration. Payload skips validation for draft saves, so unfinished chapters only block
 * publishing.
 */
export const validateScriptContent: RichTextFieldValidation = async (value, options) => {
  const editorResult = await validateRichTextLinks(value, options)
  if (editorResult !== true) return editorResult
  const { chapters, markerProblems } = extractChapters(value as SerializedEditorState | null)
  if (chapters.length === 0 && markerProblems.length === 0) return true
  const data = options.data as { video?: VideoRef } | undefined
  const problems = [...markerProblems, ...chapterRuleViolations(chapters, { duration: await videoDuration(data?.video, options.req) })]
  return problems.length === 0 ? true : `Chapters: ${problems.join(' ')}`
}
