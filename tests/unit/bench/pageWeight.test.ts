import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageWeight } from '@/lib/bench/site/pageWeight'

// Distinct bodies of known gzip size: what the weight must add up.
const runtime = 'self.runtime=' + JSON.stringify(Array.from({ length: 400 }, (_, index) => `module-${index}`))
const polyfills = 'self.polyfills=' + JSON.stringify(Array.from({ length: 4000 }, (_, index) => `polyfill-${index * 7919}`))
const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/site.css"><script src="/runtime.js" async=""></script><script src="/polyfills.js" noModule=""></script></head><body><article><p>Text</p></article><script>self.__next_f.push([1,"payload"])</script></body></html>`
const files: Record<string, string> = { '/': html, '/site.css': 'body{margin:0}', '/runtime.js': runtime, '/polyfills.js': polyfills }

let server: Server
let base: string
beforeAll(async () => {
  server = createServer((request, response) => {
    const body = files[request.url ?? '']
    response.writeHead(body === undefined ? 404 : 200).end(body ?? '')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('the bench’s page weight', () => {
  it('counts the scripts a modern browser loads, not the noModule polyfills it skips', async () => {
    const weight = await pageWeight(base, '/')
    expect(weight.scripts).toEqual(['/runtime.js'])
    expect(weight.jsGzipKB).toBe(Math.round((gzipSync(runtime).length / 1024) * 10) / 10)
    // The polyfills alone would weigh more than the runtime: had they counted, the total would show it.
    expect(gzipSync(polyfills).length).toBeGreaterThan(gzipSync(runtime).length)
    // The page, its stylesheet and its one script.
    expect(weight.requests).toBe(3)
  })
})
