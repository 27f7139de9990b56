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
 * Reads for a single post or page by its slug: the public rules, except in Next's draft mode,
 * which only the preview route (behind the preview secret) turns on; then the latest draft shows.
 */
export async function documentReadOptions(): Promise<{ overrideAccess: boolean; draft: boolean; preview: boolean }> {
  const { draftMode } = await import('next/headers')
  const preview = await Promise.resolve()
    .then(() => draftMode())
    .then((mode) => mode.isEnabled)
    .catch(() => false)
  return preview ? { overrideAccess: true, draft: true, preview } : { ...PUBLIC_READ, preview }
}
