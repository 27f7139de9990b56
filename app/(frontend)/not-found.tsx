import Link from '@/components/links/SiteLink'

import { SearchForm } from '@/components/layout/SearchForm'

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, been unpublished or never existed.</p>
      <p>Search the scripts, or try the <Link href="/">latest scripts</Link>, the <Link href="/archive">archive</Link> or the list of <Link href="/sources">sources</Link>.</p>
      <SearchForm id="not-found-search" />
    </section>
  )
}
