import { documentReadOptions } from '@/lib/data/payload'

import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from './conditionalResponse'

/**
 * The Cache-Control of a response built from a post or page read by slug: in draft mode that read
 * includes drafts (lib/data/payload.ts), and a shared cache must never keep what it returned.
 */
export async function documentCacheControl(): Promise<string> {
  return (await documentReadOptions()).preview ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL
}
