// '.js': scripts run as ESM, and next has no exports map for this subpath.
import { revalidatePath, revalidateTag } from 'next/cache.js'
import type { PayloadRequest, RequestContext } from 'payload'

import { CACHE_TAGS } from './cacheTags'

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

/**
 * Drops the targets from Next's cache (whichever cache handler it uses, so several instances
 * sharing one handler see the same drop). Outside a Next request (seeding, scripts, the job
 * runner) there is no cache to reach: bulk writers set `disableRevalidate` and drop everything
 * once at the end; scheduled publishing relies on the pages' interval.
 */
export function applyTargets(targets: CacheTargets, req: PayloadRequest, context: RequestContext): void {
  if (context.disableRevalidate) return
  for (const { path, type } of targets.paths) {
    try {
      revalidatePath(path, type)
    } catch (error) {
      req.payload.logger.debug(`Not revalidating ${path} outside a request: ${(error as Error).message}`)
    }
  }
  for (const tag of targets.tags) {
    try {
      // Expired at once: the next reader gets the new version, never the old one once more.
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      req.payload.logger.debug(`Not revalidating tag ${tag} outside a request: ${(error as Error).message}`)
    }
  }
}
