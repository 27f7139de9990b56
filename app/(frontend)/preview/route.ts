import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isPreviewSecret, isSitePath } from '@/lib/preview/previewSecret'
import { isSignedInEditor } from '@/lib/preview/signedInEditor'

/** Turns on Next's draft mode for this browser (secret and a signed-in editor required) and opens the page to preview. */
export async function GET(request: Request) {
  const url = new URL(request.url)
  if (!isPreviewSecret(url.searchParams.get('secret'))) {
    return Response.json({ errors: [{ message: 'Preview needs the secret the admin gives; this link is missing it or it is wrong.' }] }, { status: 401 })
  }
  if (!(await isSignedInEditor())) {
    return Response.json({ errors: [{ message: 'Preview is for editors signed in to the admin: sign in at /admin, then open the preview again.' }] }, { status: 401 })
  }
  const path = url.searchParams.get('path')
  if (!isSitePath(path)) return Response.json({ errors: [{ message: 'Preview can only open a page of this site (a path starting with /).' }] }, { status: 400 })
  ;(await draftMode()).enable()
  redirect(path)
}
