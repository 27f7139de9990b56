import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'

import { payloadSecret } from '@/lib/env'

import type { CacheTargets } from './cacheTargets'

/** Where the site's own server takes revalidation from writers outside a request. */
export const REVALIDATE_ENDPOINT_PATH = '/cache/revalidate'
const SIGNATURE_HEADER = 'x-scriptorium-signature'
const TIMEOUT_MS = 5_000

/** The running server's own address (the job runner is inside it; a command finds it by PORT). */
const serverOrigin = () => process.env.SCRIPTORIUM_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`

const sign = (body: string) => createHmac('sha256', payloadSecret()).update(`cache-revalidate\n${body}`).digest('base64url')

/**
 * Outside a Next request — the job runner publishing a scheduled post, a command-line import —
 * Next's revalidation functions have no cache to reach. The change is sent to the server, signed
 * with PAYLOAD_SECRET, whose endpoint applies it inside a request. Without a running server (a
 * command on its own, the tests) there is nothing cached, and the attempt is logged at debug level.
 */
export async function askServerToRevalidate(targets: CacheTargets, req: PayloadRequest): Promise<void> {
  const body = JSON.stringify(targets)
  try {
    const response = await fetch(`${serverOrigin()}/api${REVALIDATE_ENDPOINT_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: sign(body) },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) req.payload.logger.warn(`The server refused to revalidate (${response.status}): ${(await response.text()).slice(0, 200)}`)
  } catch (error) {
    req.payload.logger.debug(`No server to revalidate at ${serverOrigin()}: ${(error as Error).message}`)
  }
}

const isPathList = (value: unknown): value is CacheTargets['paths'] =>
  Array.isArray(value) && value.every((entry) => typeof entry?.path === 'string' && entry.path.startsWith('/') && (entry.type === undefined || entry.type === 'page' || entry.type === 'layout'))
const isTagList = (value: unknown): value is string[] => Array.isArray(value) && value.every((tag) => typeof tag === 'string')

/** Reads a signed body into targets, or says why not. */
export function verifiedTargets(body: string, signature: string | null): { targets: CacheTargets } | { status: 400 | 401; reason: string } {
  const expected = Buffer.from(sign(body))
  const given = Buffer.from(signature ?? '')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 401, reason: 'The revalidation request is not signed with this site’s secret.' }
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return { status: 400, reason: 'The revalidation request is not JSON.' }
  }
  const { paths, tags } = (parsed ?? {}) as Record<string, unknown>
  if (!isPathList(paths) || !isTagList(tags)) return { status: 400, reason: 'The revalidation request needs `paths` (site paths) and `tags` (strings).' }
  return { targets: { paths, tags } }
}

/** `POST /api/cache/revalidate`: signed targets from outside a request, applied inside one. */
export const revalidateEndpoint = (apply: (targets: CacheTargets, req: PayloadRequest) => Promise<void>): Endpoint => ({
  path: REVALIDATE_ENDPOINT_PATH,
  method: 'post',
  handler: async (req) => {
    const body = (await req.text?.()) ?? ''
    const result = verifiedTargets(body, req.headers.get(SIGNATURE_HEADER))
    if ('status' in result) return Response.json({ errors: [{ message: result.reason }] }, { status: result.status })
    await apply(result.targets, req)
    return new Response(null, { status: 204 })
  },
})
