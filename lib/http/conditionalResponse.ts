import { bodyEtag } from './encodedBodies'

/** Public documents: shared caches may keep a copy for five minutes and must then revalidate. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=60'
/** Anything built from a draft-mode read: no cache anywhere may keep it or hand it to a reader. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

type Options = {
  contentType: string
  lastModified?: Date
  cacheControl?: string
}

/**
 * A 200 with an ETag (and Last-Modified when known), or a 304 when the client's copy is current.
 * The body is text (made for this request), or bytes already encoded with their tag (a cached
 * document's, kept per process by lib/http/encodedBodies.ts; text made per request is not kept there).
 */
export function conditionalResponse(request: Request, body: string | { bytes: Uint8Array<ArrayBuffer>; etag: string }, options: Options): Response {
  const { contentType, lastModified, cacheControl = PUBLIC_CACHE_CONTROL } = options
  const etag = typeof body === 'string' ? bodyEtag(body) : body.etag
  const headers: Record<string, string> = { 'Content-Type': contentType, 'Cache-Control': cacheControl, ETag: etag }
  if (lastModified) headers['Last-Modified'] = lastModified.toUTCString()
  const ifNoneMatch = request.headers.get('if-none-match')
  const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '')
  const notModified = ifNoneMatch
    ? ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')
    : lastModified !== undefined && !Number.isNaN(ifModifiedSince) && lastModified.getTime() <= ifModifiedSince
  return notModified ? new Response(null, { status: 304, headers }) : new Response(typeof body === 'string' ? body : body.bytes, { status: 200, headers })
}

/** A JSON 404 with the reason, as every public route answers for unknown addresses. */
export const notFoundResponse = (message: string) => Response.json({ errors: [{ message }] }, { status: 404 })
