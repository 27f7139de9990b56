import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { drainAfterHandler } from '@/lib/http/drainAfterHandler'

const MiB = 1024 * 1024

/** A request whose body is `chunks` chunks of 1 MiB, counting how many the server side read. */
function upload(chunks: number) {
  const read = { chunks: 0, ended: false }
  let sent = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) {
        read.ended = true
        controller.close()
        return
      }
      sent++
      read.chunks = sent
      controller.enqueue(new Uint8Array(MiB))
    },
  })
  const init = { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]
  return { request: new NextRequest('http://localhost/api/media', init), read }
}

/** A handler that reads `chunks` chunks of the body, then stops (as Payload does at its file size limit) and answers 413. */
const stopsAfter = (chunks: number) => async (request: NextRequest) => {
  const reader = request.body!.getReader()
  for (let i = 0; i < chunks; i++) await reader.read()
  await reader.cancel()
  return Response.json({ errors: [{ message: 'File size limit has been reached' }] }, { status: 413 })
}

describe('drainAfterHandler', () => {
  it('reads the rest of a body the handler stopped reading, before the answer goes out', async () => {
    const { request, read } = upload(5)
    const response = await drainAfterHandler(request, stopsAfter(2))
    expect(response.status).toBe(413)
    expect(read).toEqual({ chunks: 5, ended: true })
    expect(response.headers.get('connection')).toBeNull()
  })

  it('reads nothing more when the handler read the whole body', async () => {
    const { request, read } = upload(3)
    const response = await drainAfterHandler(request, async (forwarded) => new Response(String((await forwarded.arrayBuffer()).byteLength)))
    expect(await response.text()).toBe(String(3 * MiB))
    expect(read).toEqual({ chunks: 3, ended: true })
  })

  it('closes the connection instead of reading more than 16 MiB of leftovers', async () => {
    const { request, read } = upload(40)
    const response = await drainAfterHandler(request, stopsAfter(1))
    expect(response.status).toBe(413)
    expect(response.headers.get('connection')).toBe('close')
    expect(read.ended).toBe(false)
    expect(read.chunks).toBeLessThan(40)
  })
})
