import Link from '@/components/links/SiteLink'

const latestPostsPath = (page: number) => (page <= 1 ? '/' : `/page/${page}`)

/** Newer/older links between the pages of a list of posts (the latest posts by default; a year of the archive). */
export function Pagination({ page, totalPages, path = latestPostsPath, label = 'Pages' }: { page: number; totalPages: number; path?: (page: number) => string; label?: string }) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={label} className="pagination">
      {page > 1 ? (
        <Link href={path(page - 1)} rel="prev">
          ← Newer scripts
        </Link>
      ) : null}
      <span className="pagination__position">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={path(page + 1)} rel="next">
          Older scripts →
        </Link>
      ) : null}
    </nav>
  )
}
