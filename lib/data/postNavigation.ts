import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { cache } from 'react'

import type { Post } from '@/payload-types'
import { publicSqlCondition } from '@/lib/publishing/publicRule'

import { payloadClient } from './payload'
import type { PostSummary } from './posts'


const idsOf = (values: (number | { id: number } | null)[] | number | { id: number } | null | undefined) =>
  (Array.isArray(values) ? values : values === null || values === undefined ? [] : [values]).flatMap((value) => (value === null ? [] : [typeof value === 'object' ? value.id : value]))

/** A PostgreSQL array literal, bound as one parameter (drizzle spreads a JS array into a list). */
const intArray = (values: number[]) => `{${values.join(',')}}`

export type SeriesPart = PostSummary & { seriesPosition: number }
export type PostNavigationLinks = {
  /** The previous and next parts of the post's series. */
  series: { previous: SeriesPart | null; next: SeriesPart | null }
  /** The published posts just before and after this one, by publication date. */
  adjacent: { previous: PostSummary | null; next: PostSummary | null }
  /** Up to three other published posts sharing a category or a tag, newest first. */
  related: PostSummary[]
}

type Row = { role: 'older' | 'newer' | 'part-before' | 'part-after' | 'related'; id: number; title: string; slug: string; excerpt: string | null; published_at: Date | string | null; series_position: string | null }

/**
 * Everything a post page links to beside itself, in one statement: five lookups as Payload finds
 * were nine queries (each with its count) per page render. It reads the main table, where a post
 * with drafts keeps its published version, with the public rule (`_status` published) written out.
 */
export const getPostNavigation = cache(async function getPostNavigation(post: Pick<Post, 'id' | 'publishedAt' | 'series' | 'seriesPosition' | 'categories' | 'tags'>): Promise<PostNavigationLinks> {
  const db = ((await payloadClient()).db as unknown as PostgresAdapter).drizzle
  const [series] = idsOf(post.series)
  const categories = idsOf(post.categories)
  const tags = idsOf(post.tags)
  const columns = sql`p."id", p."title", p."slug", p."excerpt", p."published_at", p."series_position"`
  const live = sql`${sql.raw(publicSqlCondition('p'))} AND p."id" <> ${post.id}`
  const lookups = [
    post.publishedAt ? sql`(SELECT 'older' AS role, ${columns} FROM "posts" p WHERE ${live} AND p."published_at" < ${post.publishedAt} ORDER BY p."published_at" DESC, p."id" DESC LIMIT 1)` : null,
    post.publishedAt ? sql`(SELECT 'newer' AS role, ${columns} FROM "posts" p WHERE ${live} AND p."published_at" > ${post.publishedAt} ORDER BY p."published_at" ASC, p."id" ASC LIMIT 1)` : null,
    series && post.seriesPosition !== null && post.seriesPosition !== undefined
      ? sql`(SELECT 'part-before' AS role, ${columns} FROM "posts" p WHERE ${live} AND p."series_id" = ${series} AND p."series_position" < ${post.seriesPosition} ORDER BY p."series_position" DESC LIMIT 1)
        UNION ALL (SELECT 'part-after' AS role, ${columns} FROM "posts" p WHERE ${live} AND p."series_id" = ${series} AND p."series_position" > ${post.seriesPosition} ORDER BY p."series_position" ASC LIMIT 1)`
      : null,
    categories.length || tags.length
      ? sql`(SELECT 'related' AS role, ${columns} FROM "posts" p WHERE ${live} AND EXISTS (
          SELECT 1 FROM "posts_rels" r WHERE r."parent_id" = p."id"
            AND ((r."path" = 'categories' AND r."categories_id" = ANY(${intArray(categories)}::int[]))
              OR (r."path" = 'tags' AND r."tags_id" = ANY(${intArray(tags)}::int[]))))
          ORDER BY p."published_at" DESC NULLS LAST, p."id" DESC LIMIT 3)`
      : null,
  ].filter((lookup) => lookup !== null)
  const links: PostNavigationLinks = { series: { previous: null, next: null }, adjacent: { previous: null, next: null }, related: [] }
  if (!lookups.length) return links
  const { rows } = await db.execute(sql.join(lookups, sql` UNION ALL `))
  for (const row of rows as Row[]) {
    const summary: PostSummary = { id: row.id, title: row.title, slug: row.slug, excerpt: row.excerpt, publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null }
    const part = { ...summary, seriesPosition: Number(row.series_position) }
    if (row.role === 'older') links.adjacent.previous = summary
    else if (row.role === 'newer') links.adjacent.next = summary
    else if (row.role === 'part-before') links.series.previous = part
    else if (row.role === 'part-after') links.series.next = part
    else links.related.push(summary)
  }
  return links
})
