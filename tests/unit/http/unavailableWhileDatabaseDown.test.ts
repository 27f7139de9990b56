import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { markReachable, markUnreachable } from '@/lib/db/databaseReachability'
import { answerUnavailableWhileDatabaseDown } from '@/lib/http/unavailableWhileDatabaseDown'

/** How the test server answers: the ways Node lets a handler send a 500. */
const answers: Record<string, (res: http.ServerResponse) => void> = {
  '/status-code': (res) => {
    res.statusCode = 500
    res.setHeader('Cache-Control', 's-maxage=60')
    res.end('failed')
  },
  '/write-head': (res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('failed'),
  '/write-head-reason': (res) => res.writeHead(500, 'Internal Server Error', { 'content-type': 'text/plain' }).end('failed'),
  '/write-head-array': (res) => res.writeHead(500, ['content-type', 'text/plain']).end('failed'),
  '/not-found': (res) => res.writeHead(404).end('missing'),
}

let server: http.Server
let base: string

beforeAll(async () => {
  answerUnavailableWhileDatabaseDown()
  server = http.createServer((req, res) => answers[req.url ?? '']?.(res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => markReachable())

const get = async (path: string) => {
  const response = await fetch(`${base}${path}`)
  return { status: response.status, statusText: response.statusText, retryAfter: response.headers.get('retry-after'), cacheControl: response.headers.get('cache-control'), type: response.headers.get('content-type') }
}

describe('a 500 while the database is out of reach', () => {
  it('goes out as 503 with Retry-After and no-store, however the handler sent it', async () => {
    markUnreachable(new Error('connect ECONNREFUSED 127.0.0.1:5432'))
    expect(await get('/status-code')).toEqual({ status: 503, statusText: 'Service Unavailable', retryAfter: '5', cacheControl: 'no-store', type: null })
    expect(await get('/write-head')).toEqual({ status: 503, statusText: 'Service Unavailable', retryAfter: '5', cacheControl: 'no-store', type: 'text/plain' })
    expect(await get('/write-head-reason')).toEqual({ status: 503, statusText: 'Service Unavailable', retryAfter: '5', cacheControl: 'no-store', type: 'text/plain' })
    expect(await get('/write-head-array')).toEqual({ status: 503, statusText: 'Service Unavailable', retryAfter: '5', cacheControl: 'no-store', type: 'text/plain' })
    expect((await get('/not-found')).status).toBe(404)
  })

  it('stays a 500 while the database answers (a bug, not an outage)', async () => {
    expect(await get('/status-code')).toEqual({ status: 500, statusText: 'Internal Server Error', retryAfter: null, cacheControl: 's-maxage=60', type: null })
    markUnreachable(new Error('Connection terminated unexpectedly'))
    markReachable()
    expect((await get('/write-head')).status).toBe(500)
  })
})
