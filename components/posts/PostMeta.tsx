import Link from '@/components/links/SiteLink'

import type { Post } from '@/payload-types'
import { formatLongDate } from '@/lib/dates'

const DAY = 24 * 60 * 60 * 1000

type Term = { id: number; title: string; slug?: string | null }
const terms = (values: (number | Term)[] | null | undefined): Term[] => (values ?? []).filter((value): value is Term => typeof value === 'object')

/** Dates, reading time, and the post's categories, tags and series. */
export function PostMeta({ post, minutes }: { post: Post; minutes: number }) {
  const updated = post.publishedAt && Date.parse(post.updatedAt) - Date.parse(post.publishedAt) > DAY ? post.updatedAt : null
  const series = typeof post.series === 'object' && post.series ? post.series : null
  return (
    <div className="post__meta">
      <p>
        {post.publishedAt ? <time dateTime={post.publishedAt}>{formatLongDate(post.publishedAt)}</time> : null}
        {updated ? (
          <>
            {' '}
            · Updated <time dateTime={updated}>{formatLongDate(updated)}</time>
          </>
        ) : null}{' '}
        · {minutes} min read
      </p>
      {series ? (
        <p>
          Part {post.seriesPosition} of <Link href={`/series/${series.slug}`}>{series.title}</Link>
        </p>
      ) : null}
      {terms(post.categories).length || terms(post.tags).length ? (
        <ul className="post__terms" aria-label="Categories and tags">
          {terms(post.categories).map((term) => (
            <li key={`c${term.id}`}>
              <Link href={`/categories/${term.slug}`}>{term.title}</Link>
            </li>
          ))}
          {terms(post.tags).map((term) => (
            <li key={`t${term.id}`}>
              <Link href={`/tags/${term.slug}`}>#{term.title}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
