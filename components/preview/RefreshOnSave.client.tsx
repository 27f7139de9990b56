'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback } from 'react'

/**
 * In the admin's live preview the page is an iframe (or popup): Payload's live-preview SDK tells
 * the admin the page is ready and re-renders it (router.refresh) on every save and autosave.
 */
export function RefreshOnSave() {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  // The admin is served from this same origin; the SDK accepts its messages from there only.
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  return <RefreshRouteOnSave refresh={refresh} serverURL={origin} />
}
