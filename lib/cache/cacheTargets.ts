// '.js': scripts run as ESM, and next has no exports map for this subpath.
import { revalidatePath, revalidateTag } from 'next/cache.js'
import type { PayloadRequest, RequestContext } from 'payload'

import { CACHE_TAGS } from './cacheTags'
import { markFeedsChanged } from './feedsChangedAt'
import { askServerToRevalidate } from './serverRevalidation'

/**
 * What one change drops from the cache: rendered pages by address (`type: 'page'` with a route
 * pattern such as `/page/[page]` drops every page of that route) and cached bodies by tag (feeds,
 * the sitemap, the exports: lib/cache/cacheTags.ts).
 */
export type CacheTargets = { paths: { path: string; type?: 'page' | 'layout' }[]; tags: string[] }

/**
 * Every page of one dynamic route, e.g. `everyPageOf('/page/[page]')`. Next matches a route pattern
 * by its folders, so the public site's route group is part of it (a literal path is not).
 */
export const everyPageOf = (pattern: `/${string}`) => ({ path: `/(frontend)${pattern}`, type: 'page' as const })

export const noTargets = (): CacheTargets => ({ paths: [], tags: [] })

/** Every rendered page and cached body of the site (site settings, a channel in every header, an image anywhere). */
export const EVERYTHING: CacheTargets = { paths: [{ path: '/', type: 'layout' }], tags: [CACHE_TAGS.everything] }

export function mergeTargets(...all: CacheTargets[]): CacheTargets {
  const paths = new Map<string, CacheTargets['paths'][number]>()
  for (const target of all.flatMap((one) => one.paths)) paths.set(`${target.type ?? ''}:${target.path}`, target)
  return { paths: [...paths.values()], tags: [...new Set(all.flatMap((one) => one.tags))] }
}

/** What Next throws when asked to revalidate with no request (and so no cache) in scope. */
const outsideRequest = (error: unknown) => /static generation store missing/.test((error as Error)?.message ?? '')

/**
 * Drops the targets from Next's cache (whichever cache handler it uses, so several instances
 * sharing one handler see the same drop). Outside a Next request (the job runner, a command) the
 * targets go to the running server instead (lib/cache/serverRevalidation.ts); bulk writers set
 * `disableRevalidate` and drop everything once at the end.
 */
export async function applyTargets(targets: CacheTargets, req: PayloadRequest, context: RequestContext): Promise<void> {
  if (context.disableRevalidate) return
  // Before the feeds are dropped, so their next rendering reads the new mark (their Last-Modified).
  if (!context.revalidatedByServer) await markFeedsChanged(req.payload, targets.tags)
  // A Local API write (the job runner, a command, an import) may run in the async context of an
  // old request, where Next takes the revalidation silently and never applies it: such writes
  // always go through the server. REST and GraphQL writes are requests of their own.
  const inRequest = req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
  const unreached: CacheTargets = inRequest ? { paths: [], tags: [] } : { paths: [...targets.paths], tags: [...targets.tags] }
  if (inRequest) {
    for (const target of targets.paths) {
      try {
        revalidatePath(target.path, target.type)
      } catch (error) {
        if (outsideRequest(error)) unreached.paths.push(target)
        else req.payload.logger.error({ err: error, msg: `Could not revalidate ${target.path}: the cached page may stay stale until its interval passes.` })
      }
    }
    for (const tag of targets.tags) {
      try {
        // Expired at once: the next reader gets the new version, never the old one once more.
        revalidateTag(tag, { expire: 0 })
      } catch (error) {
        if (outsideRequest(error)) unreached.tags.push(tag)
        else req.payload.logger.error({ err: error, msg: `Could not revalidate the tag ${tag}: the cached body may stay stale until its interval passes.` })
      }
    }
  }
  if (!unreached.paths.length && !unreached.tags.length) return
  if (context.revalidatedByServer) {
    req.payload.logger.error(`The revalidation endpoint ran outside a request: ${JSON.stringify(unreached)} not dropped.`)
    return
  }
  // Sent once the change is committed: a server asked earlier could cache the old version again.
  void afterTransaction(req).then(() => askServerToRevalidate(unreached, req))
}

const TRANSACTION_WAIT_MS = 30_000

/**
 * Resolves when the request's database transaction has ended (committed or rolled back), or at
 * once without one. Payload has no after-commit hook; its database adapter keeps each open
 * transaction in `sessions` until it ends.
 */
async function afterTransaction(req: PayloadRequest): Promise<void> {
  const id = await req.transactionID
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, unknown> }).sessions
  if (id === undefined || id === null || !sessions) return
  const started = Date.now()
  while (sessions[String(id)] && Date.now() - started < TRANSACTION_WAIT_MS) await new Promise((resolve) => setTimeout(resolve, 20))
}
