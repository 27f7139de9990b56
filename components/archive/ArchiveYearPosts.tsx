import Link from '@/components/links/SiteLink'
import type { ArchiveMonth } from '@/lib/data/archive'
import { formatLongDate } from '@/lib/dates'

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })

/** One year's posts under its month headings, newest first. */
export function ArchiveYearPosts({ year, months }: { year: number; months: ArchiveMonth[] }) {
  return (
    <section aria-labelledby={`year-${year}`}>
      <h2 id={`year-${year}`}>{year}</h2>
      {months.map(({ month, posts }) => (
        <section key={month} aria-labelledby={`month-${year}-${month}`}>
          <h3 id={`month-${year}-${month}`}>{MONTH.format(new Date(Date.UTC(year, month - 1, 1)))}</h3>
          <ul>
            {posts.map((post) => (
              <li key={post.id}>
                <Link href={`/posts/${post.slug}`}>{post.title}</Link> · <time dateTime={post.publishedAt ?? undefined}>{formatLongDate(post.publishedAt)}</time>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
