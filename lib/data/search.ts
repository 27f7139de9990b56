import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import escapeHtml from 'escape-html'

import { payloadClient } from './payload'

export const SEARCH_PAGE_SIZE = 10
/** Longer queries are cut: nobody types more, and it bounds the work per request. */
export const MAX_QUERY_LENGTH = 200

export type SearchHit = { id: number; title: string; slug: string; publishedAt: string | null; snippetHtml: string }
export type SearchResults = { query: string; hits: SearchHit[]; total: number; page: number; totalPages: number }

// Markers ts_headline puts around matches; they cannot occur in text once control characters are removed.
const START = '\u0002'
const STOP = '\u0003'

const highlight = (snippet: string) =>
  escapeHtml(snippet.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (char) => (char === START || char === STOP ? char : ' ')))
    .replaceAll(START, '<mark>')
    .replaceAll(STOP, '</mark>')

/**
 * Full-text search over published posts (title, excerpt, script text, sources' titles and
 * authors) with PostgreSQL's websearch syntax ("quoted phrases", -excluded, or), ranked, with
 * highlighted snippets. Any input is safe: it is a bound parameter and websearch_to_tsquery
 * never fails to parse.
 */
export async function searchPosts(rawQuery: string, page = 1): Promise<SearchResults> {
  const query = rawQuery.replace(/[\u0000-\u001f]/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  if (!query) return { query, hits: [], total: 0, page: 1, totalPages: 0 }
  const db = ((await payloadClient()).db as unknown as PostgresAdapter).drizzle
  const offset = (Math.max(1, page) - 1) * SEARCH_PAGE_SIZE
  const options = `MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${START}, StopSel=${STOP}`
  const matches = sql`"_status" = 'published' AND ("published_at" IS NULL OR "published_at" <= now()) AND "search_vector" @@ websearch_to_tsquery('english', ${query})`
  const [rows, counted] = await Promise.all([
    db.execute(sql`
      SELECT "id", "title", "slug", "published_at",
        ts_headline('english', coalesce("excerpt", '') || ' ' || coalesce("search_text", ''), websearch_to_tsquery('english', ${query}), ${options}) AS "snippet"
      FROM "posts"
      WHERE ${matches}
      ORDER BY ts_rank_cd("search_vector", websearch_to_tsquery('english', ${query})) DESC, "published_at" DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`),
    db.execute(sql`SELECT count(*)::int AS "total" FROM "posts" WHERE ${matches}`),
  ])
  const total = Number((counted.rows[0] as { total: number }).total)
  const hits = (rows.rows as { id: number; title: string; slug: string; published_at: Date | string | null; snippet: string }[]).map((row) => ({
    id: row.id,
    title: row.title,
    slug: row.slug,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    snippetHtml: highlight(row.snippet ?? ''),
  }))
  return { query, hits, total, page: Math.max(1, page), totalPages: Math.ceil(total / SEARCH_PAGE_SIZE) }
}
