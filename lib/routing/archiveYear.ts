/** A year's archive is split into pages of this many posts (10,000 posts since 2000 are ~380 a year: a 204 KB page). */
export const ARCHIVE_PAGE_SIZE = 100

/** Where an archive address points: a year (null: the newest) and one of its pages. */
export type ArchiveAddress = { year: number | null; page: number }

/**
 * The archive route's catch-all segments: `[]` is `/archive` (the newest year), `['2019']` that
 * year's page, `['2019', 'page', '3']` its third page (a year of more than ARCHIVE_PAGE_SIZE posts
 * is split); anything else is not an archive address (undefined → 404). `/archive/2019/page/1`
 * never gets here: proxy.ts sends it to `/archive/2019` (archiveFirstPageRedirect).
 */
export function archiveYearParam(rest: string[] | undefined): ArchiveAddress | undefined {
  if (!rest?.length) return { year: null, page: 1 }
  const [year, word, page] = rest
  if (!/^[1-9]\d{3}$/.test(year)) return undefined
  if (rest.length === 1) return { year: Number(year), page: 1 }
  if (rest.length !== 3 || word !== 'page' || !/^[1-9]\d{0,5}$/.test(page) || page === '1') return undefined
  return { year: Number(year), page: Number(page) }
}

/**
 * Where `/archive/<year>/page/1` lives: the year's own address (null for any other path). Answered
 * by proxy.ts, as home's `/page/1` is: a page can only redirect with 308, and Next 16.4 then sends
 * its Location header twice.
 */
export function archiveFirstPageRedirect(pathname: string): string | null {
  const match = /^\/archive\/([1-9]\d{3})\/page\/1$/.exec(pathname)
  return match ? `/archive/${match[1]}` : null
}

/** The address of one page of a year's archive. */
export const archivePagePath = (year: number, page: number) => (page <= 1 ? `/archive/${year}` : `/archive/${year}/page/${page}`)
