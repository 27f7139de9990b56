import http from 'node:http'

import { databaseUnreachableSince } from '@/lib/db/databaseReachability'

/** Seconds a client is asked to wait (the launcher restarts a dead embedded server within 1–30 s). */
export const RETRY_AFTER_SECONDS = 5

const INSTALLED = Symbol.for('scriptorium.unavailableWhileDatabaseDown')

type Headers = http.OutgoingHttpHeaders | http.OutgoingHttpHeader[]

/**
 * While the database is out of reach, a response about to go out as 500 goes out as 503 with
 * Retry-After and no-store: the page failed because the database is down, not because of a bug,
 * and a load balancer or reader should come back. Cached pages do not get here (Next serves
 * them without the database). Done on Node's ServerResponse because Next gives a page no way to
 * choose its status when its data cannot be read (it renders the error page as 500).
 */
export function answerUnavailableWhileDatabaseDown(): void {
  const proto = http.ServerResponse.prototype as http.ServerResponse & { [INSTALLED]?: boolean }
  if (proto[INSTALLED]) return
  proto[INSTALLED] = true
  const writeHead = proto.writeHead as (this: http.ServerResponse, status: number, ...rest: unknown[]) => http.ServerResponse
  proto.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
    if (status !== 500 || databaseUnreachableSince() === null) return writeHead.call(this, status, ...rest)
    // writeHead(status, [reason], [headers]): the reason phrase would still say "Internal Server Error".
    const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as Headers | undefined
    const extra = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' }
    if (Array.isArray(headers)) return writeHead.call(this, 503, [...headers, ...Object.entries(extra).flat()])
    if (!headers) for (const [name, value] of Object.entries(extra)) this.setHeader(name, value)
    return writeHead.call(this, 503, headers ? { ...headers, ...extra } : undefined)
  } as typeof proto.writeHead
}
