import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArchiveYearNav } from '@/components/archive/ArchiveYearNav'
import { ArchiveYearPosts } from '@/components/archive/ArchiveYearPosts'
import { Pagination } from '@/components/posts/Pagination'
import { getArchiveYear, getArchiveYears } from '@/lib/data/archive'
import { getSite } from '@/lib/data/site'
import { archivePagePath, archiveYearParam } from '@/lib/routing/archiveYear'
import { pageMetadata } from '@/lib/seo/pageMetadata'

// `/archive`, `/archive/<year>` and `/archive/<year>/page/<n>`: an optional catch-all is a dynamic
// route, so a page is rendered on its first request and cached until a change drops it
// (lib/cache/invalidationPolicy.ts), where a static route would be rendered at build time, which
// has no database.
export const revalidate = 60
export const dynamicParams = true
export function generateStaticParams(): { rest: string[] }[] {
  return []
}

type Props = { params: Promise<{ rest?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const address = archiveYearParam((await params).rest)
  if (!address) return {}
  if (address.year === null) return pageMetadata(await getSite(), { path: '/archive', title: 'Archive', description: 'Every published script by year and month.' })
  const { year, page } = address
  return pageMetadata(await getSite(), {
    path: archivePagePath(year, page),
    title: page > 1 ? `Archive: ${year}, page ${page}` : `Archive: ${year}`,
    description: `The scripts published in ${year}, by month.`,
  })
}

/** The years with their counts and a page of one year's posts by month: the newest year on `/archive`, any on `/archive/<year>`. */
export default async function ArchivePage({ params }: Props) {
  const address = archiveYearParam((await params).rest)
  if (address === undefined) notFound()
  const years = await getArchiveYears()
  const year = address.year ?? years[0]?.year
  if (address.year !== null && !years.some((entry) => entry.year === address.year)) notFound()
  const posts = year === undefined ? null : await getArchiveYear(year, address.page)
  if (posts && address.page > 1 && posts.months.length === 0) notFound()
  return (
    <section className="archive">
      <h1>{address.year === null ? 'Archive' : `Archive: ${address.year}`}</h1>
      {year === undefined || !posts ? (
        <p>Nothing has been published yet.</p>
      ) : (
        <>
          <ArchiveYearNav years={years} current={year} counts={address.year === null} />
          <ArchiveYearPosts year={year} months={posts.months} />
          <Pagination page={posts.page} totalPages={posts.totalPages} path={(page) => archivePagePath(year, page)} label={`Pages of ${year}`} />
        </>
      )}
    </section>
  )
}
