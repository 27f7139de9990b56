import type { Metadata } from 'next'
import Link from '@/components/links/SiteLink'

import { MAX_QUERY_LENGTH, searchPosts } from '@/lib/data/search'
import { getSite } from '@/lib/data/site'
import { formatLongDate } from '@/lib/dates'
import { pageMetadata } from '@/lib/seo/pageMetadata'

// Depends on the query string: rendered per request.
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = first((await searchParams).q).trim()
  return { ...pageMetadata(await getSite(), { path: '/search', title: query ? `Search: ${query}` : 'Search' }), robots: { index: false } }
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const page = /^[1-9]\d{0,4}$/.test(params.page ?? '') ? Number(params.page) : 1
  const results = await searchPosts(first(params.q), page)
  const pageLink = (target: number) => `/search?q=${encodeURIComponent(results.query)}${target > 1 ? `&page=${target}` : ''}`
  return (
    <section className="search">
      <h1>Search</h1>
      <form action="/search" method="get" role="search" className="search__form">
        <label htmlFor="search-q">Search the scripts</label>
        <input id="search-q" type="search" name="q" defaultValue={results.query} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">Search</button>
      </form>
      <p className="search__hint">Use “quotes” for a phrase, - to exclude a word, or to allow either.</p>
      {results.query ? (
        <p role="status">
          {results.total === 0 ? `No scripts match “${results.query}”.` : `${results.total} ${results.total === 1 ? 'script matches' : 'scripts match'} “${results.query}”.`}
        </p>
      ) : null}
      <ol className="post-list">
        {results.hits.map((hit) => (
          <li key={hit.id} className="post-list__item">
            <h2>
              <Link href={`/posts/${hit.slug}`}>{hit.title}</Link>
            </h2>
            {hit.publishedAt ? <time dateTime={hit.publishedAt}>{formatLongDate(hit.publishedAt)}</time> : null}
            {/* Escaped in searchPosts; only <mark> is markup. */}
            <p className="search__snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
          </li>
        ))}
      </ol>
      {results.totalPages > 1 ? (
        <nav aria-label="Result pages" className="pagination">
          {results.page > 1 ? <Link href={pageLink(results.page - 1)}>← Previous</Link> : null}
          <span className="pagination__position">
            Page {results.page} of {results.totalPages}
          </span>
          {results.page < results.totalPages ? <Link href={pageLink(results.page + 1)}>Next →</Link> : null}
        </nav>
      ) : null}
    </section>
  )
}
