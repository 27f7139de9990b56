import { createHash, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '@/lib/env'

/** The secret that admits a browser to draft preview: derived from PAYLOAD_SECRET, never stored. */
export const previewSecret = () => createHash('sha256').update(`scriptorium-preview:${payloadSecret()}`).digest('hex')

export function isPreviewSecret(candidate: string | null): boolean {
  if (!candidate) return false
  const expected = Buffer.from(previewSecret())
  const given = Buffer.from(candidate)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Only same-site paths: /posts/x, never //evil.example or https://… */
export const isSitePath = (path: string | null): path is string => typeof path === 'string' && /^\/(?!\/)[^\s\\]*$/.test(path)

/** The address the admin opens to preview a post or page as it is now, drafts included. */
export function previewPath(collection: 'posts' | 'pages', slug: string | null | undefined): string | null {
  if (!slug) return null
  const path = collection === 'posts' ? `/posts/${slug}` : `/${slug}`
  return `/preview?secret=${previewSecret()}&path=${encodeURIComponent(path)}`
}
