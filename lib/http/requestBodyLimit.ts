import { NextRequest } from 'next/server'

import { rejectOversizedUpload } from '@/lib/uploads/uploadLimit'

/** Largest body of any API request that is not a file upload (JSON, GraphQL, forms). */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * How much of a refused chunked body is read and thrown away so that the client, which sends its
 * whole body before reading the answer, gets the 413 and the connection can carry its next request.
 * Past this the connection is closed instead (the client may then see a reset, not the 413).
 */
export const MAX_DRAINED_BYTES = 16 * 1024 * 1024

const tooLarge = (what: string, headers: HeadersInit = {}) =>
  Response.json({ errors: [{ message: `${what}; requests other than file uploads may be at most ${MAX_BODY_BYTES / 1024 / 1024} MiB.` }] }, { status: 413, headers })

/**
 * Every API body is bounded before Payload reads it (Payload reads a JSON body whole, before any
 * access check): uploads by uploadLimit.ts, anything else at MAX_BODY_BYTES, by its declared
 * length or, when it declares none (chunked), by reading at most that much. Returns the 413 to
 * send, or the request to hand on (rebuilt around the bytes read when they had to be read).
 *
 * A refused body is never left half-read on an open connection: closing the connection under a
 * client still sending made it fail with EPIPE before it could read the 413, and a body left
 * unread after a read had started stopped the connection's next request. A body refused by its
 * declared length is not touched here, so Node reads and discards it once the 413 is sent (as it
 * does for an oversized upload); a chunked one is drained below.
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
    if (size > MAX_BODY_BYTES) return refuseChunked(reader, size)
    chunks.push(value)
  }
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) })
}

/** Reads the rest of a refused chunked body, up to MAX_DRAINED_BYTES, then answers 413. */
async function refuseChunked(reader: ReadableStreamDefaultReader<Uint8Array>, alreadyRead: number): Promise<Response> {
  let size = alreadyRead
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return tooLarge('The body is larger than that')
    size += value.byteLength
    if (size > MAX_DRAINED_BYTES) {
      await reader.cancel()
      return tooLarge('The body is larger than that', { Connection: 'close' })
    }
  }
}
