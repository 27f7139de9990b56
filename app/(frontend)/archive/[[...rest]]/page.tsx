import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArchiveYearNav } from '@/components/archive/ArchiveYearNav'
import { ArchiveYearPosts } from '@/components/archive/ArchiveYearPosts'
import { getArchiveYear, getArchiveYears } from '@/lib/data/archive'
import { getSite } from '@/lib/data/site'
import { archiveYearParam } from '@/lib/routing/archiveYear'
import { pageMetadata } from '@/lib/seo/pageMetadata'

// `/archive` and `/archive/<year>`: an optional catch-all is a dynamic route, so a page is rendered
// on its first request and cached until a change drops it (lib/cache/invalidationPolicy.ts), where
// a static route would be rendered at build time, which has no database.
export const revalidate = 60
export const dynamicParams = true
export function generateStaticParams(): { rest: string[] }[] {
  return []
}

type Props = { params: Promise<{ rest?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = archiveYearParam((await params).rest)
  if (year === undefined) return {}
  return year === null
    ? pageMetadata(await getSite(), { path: '/archive', title: 'Archive', description: 'Every published script by year and month.' })
    : pageMetadata(await getSite(), { path: `/archive/${year}`, title: `Archive: ${year}`, description: `The scripts published in ${year}, by month.` })
}

/** The years with their counts and one year's posts by month: the newest on `/archive`, any on `/archive/<year>`. */
export default async function ArchivePage({ params }: Props) {
  const asked = archiveYearParam((await params).rest)
  if (asked === undefined) notFound()
  const years = await getArchiveYears()
  const year = asked ?? years[0]?.year
  if (asked !== null && !years.some((entry) => entry.year === asked)) notFound()
  return (
    <section className="archive">
      <h1>{asked === null ? 'Archive' : `Archive: ${asked}`}</h1>
      {year === undefined ? (
        <p>Nothing has been published yet.</p>
      ) : (
        <>
          <ArchiveYearNav years={years} current={year} counts={asked === null} />
          <ArchiveYearPosts year={year} months={await getArchiveYear(year)} />
        </>
      )}
    </section>
  )
}
