import { cache } from 'react'

import type { Post } from '@/payload-types'

import { PUBLIC_READ, payloadClient } from './payload'
import type { PostSummary } from './posts'

const SUMMARY = { title: true, slug: true, excerpt: true, publishedAt: true } as const
const published = { _status: { equals: 'published' } } as const

const idsOf = (values: (number | { id: number })[] | null | undefined) => (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))

/** The published posts just before and after this one, by publication date. */
export const getAdjacentPosts = cache(async function getAdjacentPosts(post: Pick<Post, 'id' | 'publishedAt'>) {
  if (!post.publishedAt) return { previous: null, next: null }
  const payload = await payloadClient()
  const [older, newer] = await Promise.all([
    payload.find({ ...PUBLIC_READ, collection: 'posts', where: { ...published, publishedAt: { less_than: post.publishedAt } }, sort: '-publishedAt', limit: 1, depth: 0, select: SUMMARY }),
    payload.find({ ...PUBLIC_READ, collection: 'posts', where: { ...published, publishedAt: { greater_than: post.publishedAt } }, sort: 'publishedAt', limit: 1, depth: 0, select: SUMMARY }),
  ])
  return { previous: (older.docs[0] as PostSummary | undefined) ?? null, next: (newer.docs[0] as PostSummary | undefined) ?? null }
})

/** The previous and next parts of the post's series. */
export async function getSeriesNeighbours(post: Pick<Post, 'id' | 'series' | 'seriesPosition'>) {
  const seriesId = typeof post.series === 'object' && post.series ? post.series.id : post.series
  if (!seriesId || !post.seriesPosition) return { previous: null, next: null }
  const payload = await payloadClient()
  const part = (comparison: 'less_than' | 'greater_than', sort: string) =>
    payload.find({
      ...PUBLIC_READ,
      collection: 'posts',
      where: { ...published, series: { equals: seriesId }, seriesPosition: { [comparison]: post.seriesPosition } },
      sort,
      limit: 1,
      depth: 0,
      select: { ...SUMMARY, seriesPosition: true },
    })
  const [previous, next] = await Promise.all([part('less_than', '-seriesPosition'), part('greater_than', 'seriesPosition')])
  return { previous: previous.docs[0] ?? null, next: next.docs[0] ?? null }
}

/** Up to three other published posts sharing a category or a tag, newest first. */
export async function getRelatedPosts(post: Pick<Post, 'id' | 'categories' | 'tags'>): Promise<PostSummary[]> {
  const categories = idsOf(post.categories)
  const tags = idsOf(post.tags)
  if (categories.length === 0 && tags.length === 0) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    ...PUBLIC_READ,
    collection: 'posts',
    where: {
      and: [
        published,
        { id: { not_equals: post.id } },
        { or: [...(categories.length ? [{ categories: { in: categories } }] : []), ...(tags.length ? [{ tags: { in: tags } }] : [])] },
      ],
    },
    sort: '-publishedAt',
    limit: 3,
    depth: 0,
    select: SUMMARY,
  })
  return docs as PostSummary[]
}

export type ArchiveMonth = { year: number; month: number; posts: PostSummary[] }

/** Every published post grouped by year and month, newest first. */
export const getArchive = cache(async function getArchive(): Promise<ArchiveMonth[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({ ...PUBLIC_READ, collection: 'posts', where: published, sort: '-publishedAt', pagination: false, depth: 0, select: SUMMARY })
  const months: ArchiveMonth[] = []
  for (const post of docs as PostSummary[]) {
    if (!post.publishedAt) continue
    const date = new Date(post.publishedAt)
    const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + 1]
    const last = months[months.length - 1]
    if (last?.year === year && last.month === month) last.posts.push(post)
    else months.push({ year, month, posts: [post] })
  }
  return months
})
