import type { ImportRun } from '@/payload-types'

export type StartAnswer = { run: ImportRun; error?: never } | { error: string; run?: never }

/**
 * POSTs to an import endpoint (the upload form, or nothing to confirm) with the admin's session,
 * reporting the upload's progress (0–1): XMLHttpRequest, because fetch cannot tell how much of a
 * large export has been sent. Resolves with the started run or the server's reason.
 */
export function sendExport(url: string, form: FormData | null, onProgress: (sent: number) => void): Promise<StartAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open('POST', url)
    request.withCredentials = true
    request.responseType = 'json'
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    request.onload = () => {
      const body = request.response as { doc?: ImportRun; errors?: { message: string }[] } | null
      if (request.status === 201 && body?.doc) resolve({ run: body.doc })
      else resolve({ error: body?.errors?.[0]?.message ?? `The server answered ${request.status} ${request.statusText}.` })
    }
    request.onerror = () => resolve({ error: 'The connection to the server was lost; nothing was started. Try again.' })
    request.send(form)
  })
}
