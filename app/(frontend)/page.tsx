import { PostList } from '@/components/posts/PostList'
import { getLatestPosts } from '@/lib/data/posts'

export default async function HomePage() {
  const { posts } = await getLatestPosts()
  return (
    <>
      <h1 className="visually-hidden">Latest scripts</h1>
      <PostList posts={posts} />
    </>
  )
}
