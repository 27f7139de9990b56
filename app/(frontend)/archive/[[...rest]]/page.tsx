import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import Link from '@/components/links/SiteLink'

import { getArchive } from '@/lib/data/postNavigation'
import { getSite } from '@/lib/data/site'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { formatLongDate } from '@/lib/dates'

// `/archive` only: an optional catch-all is a dynamic route, so the page is rendered on its first
// request and cached until a change drops it (lib/cache/invalidationPolicy.ts), where a static
// route would be rendered at build time, which has no database.
export const revalidate = 60
export const dynamicParams = true
export function generateStaticParams(): { rest: string[] }[] {
  return []
}

type Props = { params: Promise<{ rest?: string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSite(), { path: '/archive', title: 'Archive', description: 'Every published script by year and month.' })
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })

/** Every published script by year and month. */
export default async function ArchivePage({ params }: Props) {
  if ((await params).rest?.length) notFound()
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
