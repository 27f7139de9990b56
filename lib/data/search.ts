import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import escapeHtml from 'escape-html'

import { publicSqlCondition } from '@/lib/publishing/publicRule'

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

/** Up to this many matches are ranked on their whole text; beyond it, on title and excerpt, then newest first. */
export const FULL_RANK_LIMIT = 200
/** The snippet is looked for in this much text around the first match (ts_headline over a whole 6,000-word script costs ~6 ms a hit). */
const SNIPPET_WINDOW = 4000

type Row = { id: number; title: string; slug: string; published_at: Date | string | null; snippet: string }

/**
 * The query as searched: control characters as spaces, at most MAX_QUERY_LENGTH characters, cut
 * between words (every word must match, so a word cut in half would match nothing).
 */
export function cleanQuery(rawQuery: string): string {
  const text = rawQuery.replace(/[\u0000-\u001f]/g, ' ').trim()
  if (text.length <= MAX_QUERY_LENGTH) return text
  const cut = text.slice(0, MAX_QUERY_LENGTH)
  return (/\s/.test(text[MAX_QUERY_LENGTH]) ? cut : cut.replace(/\s+\S*$/, '')).trim()
}

const tsqueryOf = (query: string) => sql`websearch_to_tsquery('english', ${query})`

/**
 * The matches by the GIN index alone, with what the public rule reads and each match's rank on
 * the small title-and-excerpt vector (what ranks a large result): narrow rows, so 10,000 of them
 * stay in memory. Never the full vector: it would be read from TOAST for every match.
 */
const matchedCte = (query: string) =>
  sql`matched AS MATERIALIZED (SELECT "id", "_status", "published_at", ts_rank_cd("search_head_vector", ${tsqueryOf(query)}) AS "head_rank" FROM "posts" WHERE "search_vector" @@ ${tsqueryOf(query)})`
const IS_PUBLIC = sql.raw(publicSqlCondition('m'))

/** Run first in the search's transaction (SET LOCAL ends with it): see searchPosts. */
export const SEARCH_PLANNER_SETTING = sql`SET LOCAL enable_seqscan = off`

const SNIPPET_OPTIONS = `MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${START}, StopSel=${STOP}`

/**
 * The count and one page of hits in one statement, so the matches are found once (at 10,000 posts
 * with a word in all of them, finding them is ~20 ms). Exported for the test of its plan.
 */
export const searchPageStatement = (query: string, offset: number) => {
  const tsquery = tsqueryOf(query)
  // The full vector is read (from TOAST) only when there are few matches: CASE evaluates the
  // subquery only in the branch it takes.
  return sql`
    WITH ${matchedCte(query)},
    total AS MATERIALIZED (SELECT count(*)::int AS "n" FROM matched m WHERE ${IS_PUBLIC}),
    page AS MATERIALIZED (
      SELECT m."id", m."published_at",
        CASE WHEN (SELECT "n" FROM total) <= ${FULL_RANK_LIMIT}
          THEN (SELECT ts_rank_cd(p."search_vector", ${tsquery}) FROM "posts" p WHERE p."id" = m."id")
          ELSE m."head_rank" END AS "rank"
      FROM matched m WHERE ${IS_PUBLIC} ORDER BY 3 DESC, 2 DESC NULLS LAST, 1 DESC LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}),
    words AS MATERIALIZED (SELECT unnest(tsvector_to_array(to_tsvector('english', ${query}))) AS "lexeme"),
    texts AS (SELECT p."id", p."title", p."slug", p."published_at", page."rank", coalesce(p."excerpt", '') || ' ' || coalesce(p."search_text", '') AS "text" FROM page JOIN "posts" p ON p."id" = page."id"),
    hits AS (
      SELECT t."id", t."title", t."slug", t."published_at", t."rank",
        ts_headline('english', substr(t."text", greatest(1, coalesce((SELECT min(nullif(strpos(lower(t."text"), w."lexeme"), 0)) FROM words w), 1) - 300), ${SNIPPET_WINDOW}), ${tsquery}, ${SNIPPET_OPTIONS}) AS "snippet"
      FROM texts t)
    SELECT total."n" AS "total", hits."id", hits."title", hits."slug", hits."published_at", hits."snippet"
    FROM total LEFT JOIN hits ON true
    ORDER BY hits."rank" DESC, hits."published_at" DESC NULLS LAST, hits."id" DESC`
}

/**
 * Full-text search over published posts (title, excerpt, script text, sources' titles and
 * authors) with PostgreSQL's websearch syntax ("quoted phrases", -excluded, or), ranked, with
 * highlighted snippets. Any input is safe: it is a bound parameter and websearch_to_tsquery
 * never fails to parse.
 *
 * What keeps it fast with a word that is in most of 10,000 posts (searchPageStatement, one
 * statement): the GIN index always finds the matches first, in a materialized CTE, and the public
 * rule is applied to those rows (the planner prices `@@` as a cheap operator, not as reading each
 * post's ~20 KB vector from TOAST: it chose a sequential scan, and with that off, the `_status`
 * index with `@@` as a filter on every published post); more than FULL_RANK_LIMIT matches are
 * ranked on the small title-and-excerpt vector instead of every match's full one; the snippet is
 * made from the text around the first match, for the ten hits shown only. Measured on 10,000
 * generated posts, a word in all of them: 63 → 34–44 ms for count and page together (EXPLAIN
 * ANALYZE). A quoted phrase of common words still reads each match's positions.
 */
export async function searchPosts(rawQuery: string, page = 1): Promise<SearchResults> {
  const query = cleanQuery(rawQuery)
  if (!query) return { query, hits: [], total: 0, page: 1, totalPages: 0 }
  const db = ((await payloadClient()).db as unknown as PostgresAdapter).drizzle
  const offset = (Math.max(1, page) - 1) * SEARCH_PAGE_SIZE
  const found = await db.transaction(async (tx) => {
    await tx.execute(SEARCH_PLANNER_SETTING)
    return (await tx.execute(searchPageStatement(query, offset))).rows as (Row & { total: number })[]
  })
  // The count is on every row; with no hit on this page, one row holds it alone (id null).
  const total = Number(found[0]?.total ?? 0)
  const rows = found.filter((row) => row.id !== null)
  const hits = rows.map((row) => ({
    id: row.id,
    title: row.title,
    slug: row.slug,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    snippetHtml: highlight(row.snippet ?? ''),
  }))
  return { query, hits, total, page: Math.max(1, page), totalPages: Math.ceil(total / SEARCH_PAGE_SIZE) }
}
