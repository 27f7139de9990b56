import { cache } from 'react'

import type { Post } from '@/payload-types'

import { documentReadOptions, PUBLIC_READ, payloadClient } from './payload'

export type PostSummary = Pick<Post, 'id' | 'title' | 'slug' | 'excerpt' | 'publishedAt'>

/** Posts per page on the home page and its /page/<n> continuations. */
export const POSTS_PER_PAGE = 10

export async function getLatestPosts({ page = 1, limit = POSTS_PER_PAGE }: { page?: number; limit?: number } = {}) {
  const payload = await payloadClient()
  const result = await payload.find({
    ...PUBLIC_READ,
    collection: 'posts',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    page,
    limit,
    depth: 0,
    select: { title: true, slug: true, excerpt: true, publishedAt: true },
  })
  return { posts: result.docs as PostSummary[], page: result.page ?? 1, totalPages: result.totalPages }
}

// `cache`: the page and its generateMetadata share one query per request (likewise in the other getters).
export const getPostBySlug = cache(async function getPostBySlug(slug: string): Promise<Post | null> {
  const payload = await payloadClient()
  const { preview, ...read } = await documentReadOptions()
  const result = await payload.find({
    ...read,
    collection: 'posts',
    where: preview ? { slug: { equals: slug } } : { slug: { equals: slug }, _status: { equals: 'published' } },
    limit: 1,
    // A slug is unique: no count query for pages.
    pagination: false,
    // 2: the linked video's thumbnail is shown as the embed's poster.
    depth: 2,
  })
  return result.docs[0] ?? null
})
