/** Every API body is bounded before Payload reads it: 413 with the reason, declared length or not. */
import { Agent, request as httpRequest } from 'node:http'

import { expect, test } from '@playwright/test'

import { ADMIN } from './helpers'

const MESSAGE_DECLARED = 'The body is 2.0 MiB; requests other than file uploads may be at most 1 MiB.'
const MESSAGE_CHUNKED = 'The body is larger than that; requests other than file uploads may be at most 1 MiB.'

// One keep-alive connection for every request, as a browser or an API client would reuse it.
const agent = new Agent({ keepAlive: true, maxSockets: 1 })

/** A POST whose body is sent chunked (no Content-Length), as Node's http sends a body written in parts. */
function postChunked(url: string, parts: string[], headers: Record<string, string> = {}): Promise<{ status: number; body: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }))
    })
    // The server may answer 413 and close before every part is written.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)))
    for (const part of parts) req.write(part)
    req.end()
  })
}

test('a JSON or GraphQL body over 1 MiB is refused with 413 and the reason, declared or chunked; a small chunked one works', async ({ request, baseURL }) => {
  const big = JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024 - 20) })
  for (const path of ['/api/posts', '/api/graphql', '/api/users/login']) {
    const response = await request.post(path, { data: big, headers: { 'content-type': 'application/json' } })
    expect(response.status(), path).toBe(413)
    expect((await response.json()).errors[0].message, path).toBe(MESSAGE_DECLARED)
  }

  const chunked = await postChunked(`${baseURL}/api/posts`, Array.from({ length: 24 }, () => 'x'.repeat(100 * 1024)))
  expect(chunked.status).toBe(413)
  expect(JSON.parse(chunked.body).errors[0].message).toBe(MESSAGE_CHUNKED)
  // The rest of the refused body was read and dropped, so the client got the 413 and keeps the connection.
  expect(chunked.connection).toBe('keep-alive')

  // Under the limit, a chunked body reaches Payload whole: a login in two parts, through the same
  // agent and so on the connection that carried the refused body (a half-read body stopped it).
  const credentials = JSON.stringify({ email: ADMIN.email, password: ADMIN.password })
  const login = await postChunked(`${baseURL}/api/users/login`, [credentials.slice(0, 10), credentials.slice(10)])
  expect(login.status).toBe(200)
  expect(JSON.parse(login.body).user.email).toBe(ADMIN.email)
  agent.destroy()
})
