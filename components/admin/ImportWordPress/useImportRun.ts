'use client'

import { useEffect, useState } from 'react'

import type { ImportRun } from '@/payload-types'

const POLL_MS = 1000

/**
 * The import run `id` read through the REST API every second while it is running (its progress
 * line is written outside the import's transaction, so each read sees the latest); null for no run.
 */
export function useImportRun(api: string, id: number | null): { run: ImportRun | null; error: string | null } {
  const [state, setState] = useState<{ id: number | null; run: ImportRun | null; error: string | null }>({ id, run: null, error: null })
  useEffect(() => {
    if (id === null) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const read = async () => {
      try {
        const response = await fetch(`${api}/${id}?depth=0`, { credentials: 'include', cache: 'no-store' })
        if (!response.ok) throw new Error(`the server answered ${response.status}`)
        const run = (await response.json()) as ImportRun
        if (stopped) return
        setState({ id, run, error: null })
        if (run.status === 'running') timer = setTimeout(read, POLL_MS)
      } catch (error) {
        if (stopped) return
        setState((previous) => ({ ...previous, id, error: `Could not read the import's progress (${(error as Error).message}); trying again…` }))
        timer = setTimeout(read, POLL_MS * 3)
      }
    }
    void read()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [api, id])
  // A run for another id (before the first read of a new one) is not shown.
  return state.id === id ? { run: state.run, error: state.error } : { run: null, error: null }
}
