import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { cache } from 'react'

import { publicSqlCondition } from '@/lib/publishing/publicRule'
import { publishedInYear } from '@/lib/publishing/yearRange'

import { PUBLIC_READ, payloadClient } from './payload'
import type { PostSummary } from './posts'

export type ArchiveYear = { year: number; posts: number }
export type ArchivePost = Pick<PostSummary, 'id' | 'title' | 'slug' | 'publishedAt'>
export type ArchiveMonth = { month: number; posts: ArchivePost[] }

/**
 * The years with public posts, newest first, and how many each has: one grouped statement on the
 * main table (where a post with drafts keeps its published version), with the public rule as SQL
 * (lib/publishing/publicRule.ts). Years in UTC, as the dates show.
 */
export const getArchiveYears = cache(async function getArchiveYears(): Promise<ArchiveYear[]> {
  const db = ((await payloadClient()).db as unknown as PostgresAdapter).drizzle
  const { rows } = await db.execute(sql`
    SELECT EXTRACT(YEAR FROM p."published_at" AT TIME ZONE 'UTC')::int AS "year", count(*)::int AS "posts"
    FROM "posts" p WHERE ${sql.raw(publicSqlCondition('p'))} AND p."published_at" IS NOT NULL
    GROUP BY 1 ORDER BY 1 DESC`)
  return (rows as { year: number; posts: number }[]).map((row) => ({ year: Number(row.year), posts: Number(row.posts) }))
})

/** One year's published posts grouped by month, newest first (an archive page lists a year, not all: 10,000 posts made a 4.6 MB page). */
export const getArchiveYear = cache(async function getArchiveYear(year: number): Promise<ArchiveMonth[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    ...PUBLIC_READ,
    collection: 'posts',
    where: {
      _status: { equals: 'published' },
      ...publishedInYear(year),
    },
    sort: '-publishedAt',
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, publishedAt: true },
  })
  const months: ArchiveMonth[] = []
  for (const post of docs as ArchivePost[]) {
    if (!post.publishedAt) continue
    const month = new Date(post.publishedAt).getUTCMonth() + 1
    const last = months[months.length - 1]
    if (last?.month === month) last.posts.push(post)
    else months.push({ month, posts: [post] })
  }
  return months
})
