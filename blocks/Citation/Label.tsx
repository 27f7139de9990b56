'use client'

import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

const labelCache = new Map<number, string>()

/** The citation as a compact chip in the editor: "❝ Bacon 1620, p. 129". */
export function CitationLabel() {
  const source = useFormFields(([fields]) => fields.source?.value) as number | { id: number } | null | undefined
  const locator = useFormFields(([fields]) => fields.locator?.value) as string | undefined
  const label = useFormFields(([fields]) => fields.label?.value) as string | undefined
  const id = typeof source === 'object' && source ? source.id : source
  const { config } = useConfig()
  const [name, setName] = useState<string | null>(id ? (labelCache.get(id) ?? null) : null)

  useEffect(() => {
    if (!id || labelCache.has(id)) return
    let current = true
    void fetch(`${config.serverURL}${config.routes.api}/sources/${id}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: { citationLabel?: string; title?: string } | null) => {
        const text = doc?.citationLabel ?? doc?.title ?? `source ${id}`
        labelCache.set(id, text)
        if (current) setName(text)
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [id, config.serverURL, config.routes.api])

  const where = locator ? `, ${label && label !== 'page' ? `${label} ` : 'p. '}${locator}` : ''
  return <span className="citation-chip">❝ {id ? (name ?? labelCache.get(id) ?? '…') : 'no source'}{where}</span>
}
