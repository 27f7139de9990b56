import Link from '@/components/links/SiteLink'

const pagePath = (page: number) => (page <= 1 ? '/' : `/page/${page}`)

/** Newer/older links between the pages of the post list. */
export function Pagination({ page, totalPages }: { page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pages" className="pagination">
      {page > 1 ? (
        <Link href={pagePath(page - 1)} rel="prev">
          ← Newer scripts
        </Link>
      ) : null}
      <span className="pagination__position">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={pagePath(page + 1)} rel="next">
          Older scripts →
        </Link>
      ) : null}
    </nav>
  )
}
