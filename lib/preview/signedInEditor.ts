import { headers } from 'next/headers'
import { cache } from 'react'

import { payloadClient } from '@/lib/data/payload'

/**
 * Whether this request comes from someone signed in to the admin (their session cookie, checked
 * by Payload against the users table: a deleted or locked-out user is nobody). Preview shows
 * drafts only to them: the preview link alone, or a draft-mode cookie kept after signing out, is not enough.
 */
// `cache`: once per request, however many reads ask (the page, its metadata, the preview banner).
export const isSignedInEditor = cache(async function isSignedInEditor(): Promise<boolean> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return Boolean(user)
})
