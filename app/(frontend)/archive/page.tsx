import type { Metadata } from 'next'
import Link from 'next/link'

import { getArchive } from '@/lib/data/postNavigation'
import { getSite } from '@/lib/data/site'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { formatLongDate } from '@/lib/dates'

// Rendered per request: building it statically would need the database at build time.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSite(), { path: '/archive', title: 'Archive', description: 'Every published script by year and month.' })
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })

/** Every published script by year and month. */
export default async function ArchivePage() {
  const months = await getArchive()
  const years = [...new Set(months.map((entry) => entry.year))]
  return (
    <section className="archive">
      <h1>Archive</h1>
      {months.length === 0 ? <p>Nothing has been published yet.</p> : null}
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          {months
            .filter((entry) => entry.year === year)
            .map((entry) => (
              <section key={entry.month} aria-labelledby={`month-${year}-${entry.month}`}>
                <h3 id={`month-${year}-${entry.month}`}>{MONTH.format(new Date(Date.UTC(year, entry.month - 1, 1)))}</h3>
                <ul>
                  {entry.posts.map((post) => (
                    <li key={post.id}>
                      <Link href={`/posts/${post.slug}`}>{post.title}</Link> · <time dateTime={post.publishedAt ?? undefined}>{formatLongDate(post.publishedAt)}</time>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        </section>
      ))}
    </section>
  )
}
