import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isSitePath } from '@/lib/preview/previewSecret'

/** Leaves draft preview and returns to the published page. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path')
  redirect(isSitePath(path) ? path : '/')
}
