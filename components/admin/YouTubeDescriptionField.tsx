'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Description = { text: string; warnings: string[] }
type State = { status: 'loading' } | { status: 'ready'; description: Description } | { status: 'error'; message: string }

async function fetchDescription(endpoint: string): Promise<State> {
  try {
    const response = await fetch(endpoint, { credentials: 'include' })
    const body = (await response.json()) as Description & { errors?: { message: string }[] }
    return response.ok ? { status: 'ready', description: body } : { status: 'error', message: body.errors?.[0]?.message ?? `HTTP ${response.status}` }
  } catch (caught) {
    return { status: 'error', message: `Could not load the description: ${(caught as Error).message}` }
  }
}

/**
 * The generated YouTube description of a script (on a post) or of its script (on a video), with a
 * copy button. It follows the latest saved version, autosaved drafts included.
 */
export function YouTubeDescriptionField() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const [state, setState] = useState<State>({ status: 'loading' })
  const [copied, setCopied] = useState(false)

  const endpoint = id && collectionSlug ? `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/youtube-description` : null
  const [refreshes, setRefreshes] = useState(0)

  useEffect(() => {
    if (!endpoint) return
    let current = true
    void fetchDescription(endpoint).then((next) => {
      if (current) setState(next)
    })
    return () => {
      current = false
    }
  }, [endpoint, lastUpdateTime, refreshes])

  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text)
    setCopied(true)
    setTimeout(() => setCopied(false), 2000)
  }

  return (
    <div className="field-type youtube-description">
      <label className="field-label" htmlFor="youtube-description-text">
        YouTube description
      </label>
      {!id ? <p className="field-description">Save the document to generate its description.</p> : null}
      {id && state.status === 'loading' ? <p className="field-description">Generating…</p> : null}
      {state.status === 'error' ? <p className="field-description youtube-description__error">{state.message}</p> : null}
      {state.status === 'ready' ? (
        <>
          <textarea id="youtube-description-text" readOnly rows={12} value={state.description.text} style={{ width: '100%', fontFamily: 'monospace' }} />
          {state.description.warnings.map((warning) => (
            <p key={warning} className="field-description youtube-description__warning" role="alert">
              {warning}
            </p>
          ))}
          <p className="field-description">{state.description.text.length} of 5000 characters</p>
          <Button buttonStyle="secondary" size="small" onClick={() => void copy(state.description.text)}>
            {copied ? 'Copied' : 'Copy description'}
          </Button>{' '}
          <Button buttonStyle="subtle" size="small" onClick={() => setRefreshes((count) => count + 1)}>
            Refresh
          </Button>
        </>
      ) : null}
    </div>
  )
}
