import Link from '@/components/links/SiteLink'

import type { PostNavigationLinks } from '@/lib/data/postNavigation'

/** Previous/next part of the series, previous/next post, and related posts. */
export function PostNavigation({ links: { series, adjacent, related } }: { links: PostNavigationLinks }) {
  return (
    <>
      {series.previous || series.next ? (
        <nav aria-label="Series" className="post-nav">
          {series.previous ? <Link href={`/posts/${series.previous.slug}`} rel="prev">← Part {series.previous.seriesPosition}: {series.previous.title}</Link> : null}
          {series.next ? <Link href={`/posts/${series.next.slug}`} rel="next" prefetch>Part {series.next.seriesPosition}: {series.next.title} →</Link> : null}
        </nav>
      ) : null}
      {adjacent.previous || adjacent.next ? (
        <nav aria-label="More scripts" className="post-nav">
          {adjacent.previous ? <Link href={`/posts/${adjacent.previous.slug}`}>← Older: {adjacent.previous.title}</Link> : null}
          {adjacent.next ? <Link href={`/posts/${adjacent.next.slug}`}>Newer: {adjacent.next.title} →</Link> : null}
        </nav>
      ) : null}
      {related.length ? (
        <section aria-labelledby="related-heading" className="related">
          <h2 id="related-heading">Related scripts</h2>
          <ul>
            {related.map((other) => (
              <li key={other.id}>
                <Link href={`/posts/${other.slug}`}>{other.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
