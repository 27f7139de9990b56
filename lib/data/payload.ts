import config from '@payload-config'
import { getPayload } from 'payload'

/** The one Payload client the public site uses. */
export const payloadClient = () => getPayload({ config })

/**
 * Every public read goes through these options: as an anonymous visitor, published versions only.
 * This is the single place that guarantees drafts never leak to the public site.
 */
export const PUBLIC_READ = { overrideAccess: false, draft: false } as const

/**
 * Reads for a single post or page by its slug: the public rules, except in Next's draft mode
 * (which only the preview route turns on) for someone signed in to the admin; then the latest
 * draft shows. Draft mode without a signed-in user (signed out since, deleted) reads as public.
 */
export async function documentReadOptions(): Promise<{ overrideAccess: boolean; draft: boolean; preview: boolean }> {
  const { draftMode } = await import('next/headers')
  const inDraftMode = await Promise.resolve()
    .then(() => draftMode())
    .then((mode) => mode.isEnabled)
    .catch(() => false)
  const { isSignedInEditor } = await import('@/lib/preview/signedInEditor')
  const preview = inDraftMode && (await isSignedInEditor())
  return preview ? { overrideAccess: true, draft: true, preview } : { ...PUBLIC_READ, preview }
}
