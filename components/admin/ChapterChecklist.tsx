'use client'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { chapterRuleViolations } from '@/lib/chapters/chapterRules'
import { extractChapters } from '@/lib/chapters/extractChapters'
import { formatTimestamp } from '@/lib/youtube/parseTimestamp'

type VideoValue = number | { id: number } | null | undefined

const videoIdOf = (value: VideoValue) => (typeof value === 'object' && value ? value.id : (value ?? null))

/**
 * The script's chapters as the author types, checked live against YouTube's rules and the linked
 * video's duration; publishing is refused while any problem is listed.
 */
export function ChapterChecklist() {
  const content = useFormFields(([fields]) => fields.content?.value) as SerializedEditorState | undefined
  const videoId = videoIdOf(useFormFields(([fields]) => fields.video?.value) as VideoValue)
  const { config } = useConfig()
  const [duration, setDuration] = useState<{ videoId: number; seconds: number | null } | null>(null)

  useEffect(() => {
    if (!videoId) return
    let current = true
    void fetch(`${config.serverURL}${config.routes.api}/videos/${videoId}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((video: { duration?: number | null } | null) => {
        if (current) setDuration({ videoId, seconds: video?.duration ?? null })
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [videoId, config.serverURL, config.routes.api])

  const { chapters, markerProblems } = extractChapters(content)
  const seconds = duration && duration.videoId === videoId ? duration.seconds : null
  const problems = [...markerProblems, ...chapterRuleViolations(chapters, { duration: seconds })]

  return (
    <div className="field-type chapter-checklist" aria-live="polite">
      <p className="field-label">Chapters</p>
      {chapters.length === 0 && problems.length === 0 ? (
        <p className="field-description">None marked. To add one, put the cursor at the end of an h2 or h3 heading, type “/” and choose “Chapter time”.</p>
      ) : (
        <ol className="chapter-checklist__list">
          {chapters.map((chapter) => (
            <li key={`${chapter.start}-${chapter.anchor}`}>
              {formatTimestamp(chapter.start)} {chapter.title}
            </li>
          ))}
        </ol>
      )}
      {problems.length > 0 ? (
        <ul className="chapter-checklist__problems" role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : chapters.length > 0 ? (
        <p className="field-description">✓ These chapters follow YouTube’s rules.</p>
      ) : null}
    </div>
  )
}
