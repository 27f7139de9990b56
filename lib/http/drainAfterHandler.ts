import { NextRequest } from 'next/server'

import { MAX_DRAINED_BYTES } from './requestBodyLimit'

/**
 * Hands the handler a request whose body passes through a reader of ours, and once the handler
 * has answered reads whatever it left of the body. Payload stops reading an upload at its file
 * size limit and answers 413; the rest of the body stayed unread on the connection, whose next
 * request then failed (ECONNRESET, found with a 20.5 MiB upload: under the declared-length check,
 * over Payload's limit). Reading is bounded: past MAX_DRAINED_BYTES the connection is closed.
 */
export async function drainAfterHandler(request: NextRequest, handler: (request: NextRequest) => Promise<Response>): Promise<Response> {
  if (!request.body) return handler(request)
  const source = request.body.getReader()
  let ended = false
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await source.read()
      if (done) {
        ended = true
        controller.close()
      } else controller.enqueue(value)
    },
    // The handler stopped reading: the rest is read below, not left on the connection.
    cancel: () => {},
  })
  // duplex: 'half' is what a streamed request body needs (Node's fetch); the DOM typings lack it.
  const init = { method: request.method, headers: request.headers, body, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]
  const response = await handler(new NextRequest(request.url, init))
  if (ended) return response
  let drained = 0
  for (;;) {
    const { done, value } = await source.read()
    if (done) return response
    drained += value.byteLength
    if (drained > MAX_DRAINED_BYTES) {
      await source.cancel()
      response.headers.set('Connection', 'close')
      return response
    }
  }
}
