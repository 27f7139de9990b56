'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'

type Duplicate = { sourceId: number; title: string }

/** Warns, after saving, that other sources have the same authors, title and year. */
export function DuplicateSourceWarning() {
  const { savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const duplicates = (savedDocumentData?.possibleDuplicates ?? []) as Duplicate[]
  if (duplicates.length === 0) return null
  return (
    <div className="field-type duplicate-source-warning" role="alert" style={{ color: 'var(--theme-warning-700, #a15c00)' }}>
      <p className="field-label">Possible duplicate</p>
      <p>Other sources have the same authors, title and year:</p>
      <ul>
        {duplicates.map((duplicate) => (
          <li key={duplicate.sourceId}>
            <a href={`${config.routes.admin}/collections/sources/${duplicate.sourceId}`}>{duplicate.title}</a>
          </li>
        ))}
      </ul>
      <p>If they are the same work, keep one and point citations at it.</p>
    </div>
  )
}
