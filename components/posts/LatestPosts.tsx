import { notFound } from 'next/navigation'

import { getLatestPosts } from '@/lib/data/posts'

import { Pagination } from './Pagination'
import { PostList } from './PostList'

/** One page of the latest published posts; pages past the end are 404s. */
export async function LatestPosts({ page }: { page: number }) {
  const { posts, totalPages } = await getLatestPosts({ page })
  if (page > 1 && page > totalPages) notFound()
  return (
    <>
      <h1 className={page === 1 ? 'visually-hidden' : undefined}>{page === 1 ? 'Latest scripts' : `Latest scripts, page ${page}`}</h1>
      <PostList posts={posts} />
      <Pagination page={page} totalPages={totalPages} />
    </>
  )
}
