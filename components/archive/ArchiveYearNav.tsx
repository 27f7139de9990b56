import Link from '@/components/links/SiteLink'
import type { ArchiveYear } from '@/lib/data/archive'

/**
 * Every year with published posts, the year shown marked as the current page; with `counts`, how
 * many each has (on /archive only: a year's page then changes only when its own posts or the list
 * of years do, lib/cache/postChangeTargets.ts).
 */
export function ArchiveYearNav({ years, current, counts = false }: { years: ArchiveYear[]; current: number; counts?: boolean }) {
  return (
    <nav aria-label="Years" className="archive__years">
      <ul>
        {years.map(({ year, posts }) => (
          <li key={year}>
            <Link href={`/archive/${year}`} aria-current={year === current ? 'page' : undefined}>
              {year}
            </Link>
            {counts ? <span className="archive__count"> ({posts})</span> : null}
          </li>
        ))}
      </ul>
    </nav>
  )
}
