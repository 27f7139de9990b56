import Link from '@/components/links/SiteLink'

import type { PostSummary } from '@/lib/data/posts'
import { formatLongDate } from '@/lib/dates'

export function PostList({ posts }: { posts: PostSummary[] }) {
  if (posts.length === 0) return <p>Nothing has been published yet.</p>
  return (
    <ol className="post-list">
      {posts.map((post) => (
        <li key={post.id} className="post-list__item">
          <h2>
            <Link href={`/posts/${post.slug}`}>{post.title}</Link>
          </h2>
          {post.publishedAt ? <time dateTime={post.publishedAt}>{formatLongDate(post.publishedAt)}</time> : null}
          {post.excerpt ? <p>{post.excerpt}</p> : null}
        </li>
      ))}
    </ol>
  )
}
