import { Pool } from 'pg'

import { publicSqlCondition } from '@/lib/publishing/publicRule'

import { normalizeRedirectFrom, validateRedirectUrl } from './redirectPaths'

/**
 * Every redirect as old address → where it leads now, held in memory for proxy.ts, so a request
 * for a page that exists costs a Map lookup and no database round trip. The table is read again
 * at most every REFRESH_MS in the background (other instances' changes), and at once on the next
 * request after a change made by this process (redirectsChanged, called by the collection hooks).
 * A redirect to a post or page leads to its current slug while it is published, nowhere otherwise.
 */
const REFRESH_MS = 5_000
const COMMIT_GRACE_MS = 1_000

// Read with raw SQL: the proxy cannot boot Payload. Table and column names are the plugin's.
const QUERY = `
  SELECT r."from", r."to_type", r."to_url", p."slug" AS "post_slug", g."slug" AS "page_slug"
  FROM "redirects" r
  LEFT JOIN "redirects_rels" rr ON rr."parent_id" = r."id" AND rr."path" = 'to.reference'
  LEFT JOIN "posts" p ON p."id" = rr."posts_id" AND ${publicSqlCondition('p')}
  LEFT JOIN "pages" g ON g."id" = rr."pages_id" AND ${publicSqlCondition('g')}`

type Row = { from: string; to_type: 'reference' | 'custom' | null; to_url: string | null; post_slug: string | null; page_slug: string | null }
type Snapshot = { targets: Map<string, string>; loadedAt: number; version: number }
type Shared = { version: number; snapshot: Snapshot | null; loading: Promise<Snapshot> | null; pool: Pool | null }

// On globalThis: proxy.ts and the Payload hooks are bundled apart but run in one process.
const KEY = Symbol.for('scriptorium.redirectTable')
const shared = ((globalThis as Record<symbol, unknown>)[KEY] ??= { version: 0, snapshot: null, loading: null, pool: null }) as Shared

/**
 * A redirect, post or page changed in this process: the next lookup reads the table again. The
 * hooks run before their transaction commits, so a read racing the commit could miss the change:
 * a second mark a moment later makes sure the committed state is read.
 */
export function redirectsChanged(): void {
  shared.version++
  setTimeout(() => shared.version++, COMMIT_GRACE_MS).unref()
}

export function targetOf(row: Row): string | null {
  if (row.to_type === 'custom') {
    const url = validateRedirectUrl(row.to_url ?? '')
    return url.ok ? url.value : null
  }
  if (row.post_slug) return `/posts/${row.post_slug}`
  if (row.page_slug) return `/${row.page_slug}`
  return null
}

async function load(): Promise<Snapshot> {
  const version = shared.version
  shared.pool ??= new Pool({ connectionString: process.env.DATABASE_URL, max: 1, allowExitOnIdle: true })
  const targets = new Map<string, string>()
  try {
    const { rows } = await shared.pool.query<Row>(QUERY)
    for (const row of rows) {
      const target = targetOf(row)
      if (target && target !== row.from) targets.set(row.from, target)
    }
  } catch (error) {
    // Pages must not fail because redirects cannot be read: keep what was known, and try again later.
    console.error(`Could not read the redirects (trying again in ${REFRESH_MS / 1000} s): ${(error as Error).message}`)
    return { targets: shared.snapshot?.targets ?? targets, loadedAt: Date.now(), version }
  }
  return { targets, loadedAt: Date.now(), version }
}

function refresh(): Promise<Snapshot> {
  shared.loading ??= load().then((snapshot) => {
    shared.snapshot = snapshot
    shared.loading = null
    return snapshot
  })
  return shared.loading
}

/** Where a reader asking for `pathname` should go instead, or null. */
export async function lookupRedirect(pathname: string): Promise<string | null> {
  if (!process.env.DATABASE_URL) return null
  const from = normalizeRedirectFrom(pathname)
  if (!from.ok) return null
  let snapshot = shared.snapshot
  if (!snapshot || snapshot.version !== shared.version) snapshot = await refresh()
  else if (Date.now() - snapshot.loadedAt > REFRESH_MS) void refresh()
  return snapshot.targets.get(from.value) ?? null
}
