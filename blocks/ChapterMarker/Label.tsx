'use client'

import { useFormFields } from '@payloadcms/ui'

/** Shows the marker in the editor as "▶ 12:34", the way readers see it. */
export function ChapterMarkerLabel() {
  const time = useFormFields(([fields]) => fields.time?.value)
  return <span className="chapter-marker-label">▶ {typeof time === 'string' && time ? time : '–:––'}</span>
}
