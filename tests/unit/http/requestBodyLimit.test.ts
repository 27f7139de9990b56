import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { limitRequestBody } from '@/lib/http/requestBodyLimit'

const MiB = 1024 * 1024

/** A chunked POST (a stream body, no Content-Length) of `parts` parts of `partBytes`, counting how much of it was read. */
function chunkedRequest(parts: number, partBytes: number) {
  const sent = { parts: 0 }
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent.parts === parts) return controller.close()
      sent.parts += 1
      controller.enqueue(new Uint8Array(partBytes).fill(120))
    },
  })
  // `duplex`: a stream body must say so (fetch's RequestInit; Next's type does not list it).
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' }
  const request = new NextRequest('http://localhost/api/posts', init as ConstructorParameters<typeof NextRequest>[1])
  return { request, sent }
}

describe('limitRequestBody on a chunked body', () => {
  it('hands on a body under 1 MiB whole, as a request Payload can read', async () => {
    const { request } = chunkedRequest(4, 100 * 1024)
    const limited = await limitRequestBody(request)
    expect(limited).toBeInstanceOf(NextRequest)
    expect((await (limited as NextRequest).arrayBuffer()).byteLength).toBe(400 * 1024)
  })

  it('refuses a 3 MiB body with 413 after reading all of it, keeping the connection', async () => {
    const { request, sent } = chunkedRequest(30, 100 * 1024)
    const refused = (await limitRequestBody(request)) as Response
    expect(refused.status).toBe(413)
    expect(refused.headers.get('connection')).toBeNull()
    expect(await refused.json()).toEqual({ errors: [{ message: 'The body is larger than that; requests other than file uploads may be at most 1 MiB.' }] })
    expect(sent.parts).toBe(30)
  })

  it('stops reading a body past 16 MiB and closes the connection', async () => {
    const { request, sent } = chunkedRequest(64, 1 * MiB)
    const refused = (await limitRequestBody(request)) as Response
    expect(refused.status).toBe(413)
    expect(refused.headers.get('connection')).toBe('close')
    // 17 parts read (just past 16 MiB), not all 64.
    expect(sent.parts).toBeLessThan(20)
  })
})

describe('limitRequestBody on a declared length', () => {
  it('refuses a declared 2 MiB body at once, leaving the body to the server to discard after the answer', async () => {
    const { request, sent } = chunkedRequest(20, 100 * 1024)
    request.headers.set('content-length', String(2 * MiB))
    const refused = (await limitRequestBody(request)) as Response
    expect(refused.status).toBe(413)
    expect(refused.headers.get('connection')).toBeNull()
    expect(await refused.json()).toEqual({ errors: [{ message: 'The body is 2.0 MiB; requests other than file uploads may be at most 1 MiB.' }] })
    expect(sent.parts).toBeLessThanOrEqual(1)
  })
})
