// @ts-check
// Plain JS: Next loads the cache handler by its path at run time, outside the TypeScript build.
import { toNextClock, wallNow } from './clock.mjs'
import { entrySize } from './entrySize.mjs'
import { withPagePolicy } from './pagePolicy.mjs'

/** @typedef {import('./entrySize.mjs').CacheValue} CacheValue */
/** @typedef {{ value: CacheValue, storedAt: number, cacheControl?: unknown, tags: string[], size: number }} Entry */
/** @typedef {{ kind?: string, tags?: string[], softTags?: string[], fetchCache?: boolean, cacheControl?: unknown, revalidate?: number | false }} HandlerContext */

// The tags header Next writes into a cached page or route (next/dist/lib/constants.js NEXT_CACHE_TAGS_HEADER).
const TAGS_HEADER = 'x-next-cache-tags'
// A request that found an entry missing or stale, and so started making it again, counts as the
// entry's moment only for this long; past it the entry is dated when it is stored.
const MAX_MAKING_MS = 60_000
const DEFAULT_MAX_BYTES = 128 * 1024 * 1024

/** Entries by key, least recently used first. One store per process: Next makes a handler per request. */
const entries = /** @type {Map<string, Entry>} */ (new Map())
/** When each tag was last dropped (wall clock); a tag is never forgotten, so a late entry is still checked. */
const droppedAt = /** @type {Map<string, number>} */ (new Map())
/** When a key was first asked for and found missing or stale since it was last stored (wall clock). */
const askedAt = /** @type {Map<string, number>} */ (new Map())
let storedBytes = 0

/** The tags an entry answers to: those it was stored with, and for data those of the page reading it. */
function tagsOf(/** @type {CacheValue | null} */ value, /** @type {HandlerContext} */ ctx) {
  const headers = /** @type {Record<string, unknown> | undefined} */ (value?.headers)
  const header = headers?.[TAGS_HEADER]
  const own = typeof header === 'string' ? header.split(',') : []
  return [...new Set([...own, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])])]
}

function remove(/** @type {string} */ key) {
  const entry = entries.get(key)
  if (!entry) return
  entries.delete(key)
  storedBytes -= entry.size
}

/** Asks older than MAX_MAKING_MS no longer count: forgotten, oldest first (they are kept in the order made). */
function forgetOldAsks(/** @type {number} */ now) {
  for (const [key, at] of askedAt) {
    if (now - at < MAX_MAKING_MS) break
    askedAt.delete(key)
  }
}

/** An entry is dropped when one of its tags was dropped at or after the moment it stands for. */
const isDropped = (/** @type {Entry} */ entry, /** @type {string[]} */ tags, /** @type {number} */ now) =>
  tags.some((tag) => {
    const at = droppedAt.get(tag)
    return at !== undefined && at <= now && at >= entry.storedAt
  })

/** Past its own interval (seconds): Next will answer with it once more while making it again. */
function isPastInterval(/** @type {Entry} */ entry, /** @type {HandlerContext} */ ctx, /** @type {number} */ now) {
  const control = /** @type {{ revalidate?: number | false } | undefined} */ (entry.cacheControl)
  const seconds = ctx.revalidate ?? control?.revalidate ?? /** @type {number | undefined} */ (entry.value.revalidate)
  return typeof seconds === 'number' && now - entry.storedAt > seconds * 1000
}

/**
 * Next's cache of rendered pages, route bodies and `unstable_cache` data (next.config.mjs
 * `cacheHandler`), in this process's memory, least recently used out past `cacheMaxMemorySize`.
 *
 * Why not Next's own: it dates a dropped tag by the wall clock and checks it against its
 * monotonic one (lib/cache/handler/clock.mjs), so a server whose clock jumped kept serving every
 * changed page until the gap had passed. Here every moment is wall-clock time, as several instances
 * sharing one store (Redis) must have it, and converted once, when an entry is handed to Next.
 *
 * An entry stands for the moment its making began, not when it was stored: a page that a request
 * began rendering before a change and stored after it would otherwise outlive the change's drop.
 * The moment is that of the first request to find the entry missing or stale.
 */
export default class MemoryCacheHandler {
  /** @param {{ maxMemoryCacheSize?: number }} options */
  constructor(options) {
    this.maxBytes = options?.maxMemoryCacheSize || DEFAULT_MAX_BYTES
  }

  /**
   * @param {string} key
   * @param {HandlerContext} ctx
   */
  async get(key, ctx) {
    const now = wallNow()
    forgetOldAsks(now)
    const entry = entries.get(key)
    if (!entry || isDropped(entry, [...entry.tags, ...tagsOf(null, ctx)], now)) {
      if (entry) remove(key)
      if (!askedAt.has(key)) askedAt.set(key, now)
      return null
    }
    if (isPastInterval(entry, ctx, now) && !askedAt.has(key)) askedAt.set(key, now)
    // Most recently used last.
    entries.delete(key)
    entries.set(key, entry)
    return { value: entry.value, lastModified: toNextClock(entry.storedAt), cacheControl: entry.cacheControl }
  }

  /**
   * @param {string} key
   * @param {CacheValue | null} value
   * @param {HandlerContext} ctx
   */
  async set(key, value, ctx) {
    const now = wallNow()
    const asked = askedAt.get(key)
    askedAt.delete(key)
    remove(key)
    if (!value) return
    withPagePolicy(value)
    const entry = {
      value,
      storedAt: asked !== undefined && now - asked < MAX_MAKING_MS ? asked : now,
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: tagsOf(value, { tags: ctx?.tags }),
      size: entrySize(key, value),
    }
    // Dropped while it was being made: it is already out of date.
    if (isDropped(entry, entry.tags, now)) return
    entries.set(key, entry)
    storedBytes += entry.size
    for (const oldest of entries.keys()) {
      if (storedBytes <= this.maxBytes) break
      remove(oldest)
    }
  }

  /**
   * Drops every entry with one of the tags (revalidateTag, revalidatePath). A later expiry
   * (`expire` seconds) is kept as such; Next's stale-but-usable marking (a profile without
   * `expire`) is not kept: Scriptorium always drops at once (lib/cache/cacheTargets.ts).
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    if (durations && durations.expire === undefined) return
    const at = wallNow() + (durations?.expire ?? 0) * 1000
    for (const tag of typeof tags === 'string' ? [tags] : tags) droppedAt.set(tag, at)
  }

  resetRequestCache() {}
}

/** For tests: forgets everything stored, as a restarted server would. */
export function clearMemoryCache() {
  entries.clear()
  droppedAt.clear()
  askedAt.clear()
  storedBytes = 0
}

/** For tests: how much the cache holds. */
export const memoryCacheSize = () => ({ entries: entries.size, bytes: storedBytes })
