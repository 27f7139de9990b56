import { NextRequest } from 'next/server'

import { rejectOversizedUpload } from '@/lib/uploads/uploadLimit'

/** Largest body of any API request that is not a file upload (JSON, GraphQL, forms). */
export const MAX_BODY_BYTES = 1024 * 1024

// `Connection: close`: the rest of a refused body is never read, so the connection cannot carry
// another request (a keep-alive client's next request on it hung).
const tooLarge = (what: string) =>
  Response.json({ errors: [{ message: `${what}; requests other than file uploads may be at most ${MAX_BODY_BYTES / 1024 / 1024} MiB.` }] }, { status: 413, headers: { Connection: 'close' } })

/**
 * Every API body is bounded before Payload reads it (Payload reads a JSON body whole, before any
 * access check): uploads by uploadLimit.ts, anything else at MAX_BODY_BYTES, by its declared
 * length or, when it declares none (chunked), by reading at most that much. Returns the 413 to
 * send, or the request to hand on (rebuilt around the bytes read when they had to be read).
 */
export async function limitRequestBody(request: NextRequest): Promise<Response | NextRequest> {
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) return rejectOversizedUpload(request) ?? request
  if (!request.body) return request
  const declared = request.headers.get('content-length')
  if (declared !== null) return Number(declared) > MAX_BODY_BYTES ? tooLarge(`The body is ${(Number(declared) / 1024 / 1024).toFixed(1)} MiB`) : request
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      return tooLarge('The body is larger than that')
    }
    chunks.push(value)
  }
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) })
}
