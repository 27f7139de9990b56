import type { Where } from 'payload'

/**
 * The one rule of what readers see of posts and pages: published, and dated now or earlier. A
 * published document with a future date is scheduled: public nowhere (page, lists, feeds, sitemap,
 * search, navigation, REST, GraphQL, redirects) until its date. Every reader-facing read applies it
 * from here: the read access rule (access/publishedOrAuthenticated.ts, which the public getters' reads
 * go through), the raw SQL (publicSqlCondition) and checks in code (isPublicNow).
 */
export const publicWhere = (now: Date = new Date()): Where => ({
  and: [{ _status: { equals: 'published' } }, { or: [{ publishedAt: { exists: false } }, { publishedAt: { less_than_equal: now.toISOString() } }] }],
})

/** The same rule as an SQL condition on a posts or pages row; `alias` is the table's alias in the statement. */
export const publicSqlCondition = (alias: string): string => `${alias}."_status" = 'published' AND (${alias}."published_at" IS NULL OR ${alias}."published_at" <= now())`

type Dated = { _status?: string | null; publishedAt?: string | null }

export const isPublicNow = (doc: Dated | null | undefined, now: Date = new Date()): boolean =>
  doc?._status === 'published' && (!doc.publishedAt || new Date(doc.publishedAt).getTime() <= now.getTime())
