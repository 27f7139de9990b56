import { createHash } from 'node:crypto'

import type { CslItem } from '@citation-js/core'

/** The locale every formatter uses (lib/citations/formatCitations.ts): part of each key, so a second one cannot collide. */
export const CITATION_LOCALE = 'en-US'

/** Enough for every source and note list of a large site; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 5_000

const entries = new Map<string, unknown>()


/**
 * Formatted citations (citeproc is slow: ~30% of an uncached page render, ~40% of a feed's) kept
 * per process, keyed by exactly what citeproc reads — the CSL items made from the sources, the
 * style, the locale, the output format and the citations' locators — so each is made once, and an
 * edited source or another style simply has another key. Values are derived and frozen; each
 * instance of the site keeps its own.
 */
export function cachedFormat<T>(parts: (string | number | CslItem)[], produce: () => T): T {
  const key = createHash('sha256').update(JSON.stringify([CITATION_LOCALE, ...parts])).digest('base64url')
  if (entries.has(key)) {
    const value = entries.get(key) as T
    // Most recently used last, so the oldest unused entry is the first to go.
    entries.delete(key)
    entries.set(key, value)
    return value
  }
  const value = freeze(produce())
  entries.set(key, value)
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
  return value
}

/** Shared between renders: an accidental change by one caller must fail, not show in another page. */
function freeze<T>(value: T): T {
  if (Array.isArray(value)) for (const item of value) if (item && typeof item === 'object') Object.freeze(item)
  return Object.freeze(value)
}
