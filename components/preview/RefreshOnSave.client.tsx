'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In the admin's live preview the page is an iframe (or popup); the admin posts a
 * "payload-document-event" message whenever the document is saved (autosave every 2 s included).
 * Re-render on each. Written here rather than taken from @payloadcms/live-preview-react, whose
 * latest release (3.90.1) fails Payload's same-version dependency check against 3.90.2.
 */
export function RefreshOnSave() {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return
      if ((event.data as { type?: string } | null)?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    // The admin only sends events once the previewed page says it is ready (what Payload's live-preview SDK does).
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, window.location.origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
