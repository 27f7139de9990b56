import type { Metadata } from 'next'
import Link from '@/components/links/SiteLink'
import { notFound } from 'next/navigation'

import { CslText } from '@/components/citations/CslText'
import { formatReference } from '@/lib/citations/formatCitations'
import { getSite } from '@/lib/data/site'
import { getSourceBySlug } from '@/lib/data/sources'
import { formatLongDate } from '@/lib/dates'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request and cached until a change drops it (lib/cache/invalidationPolicy.ts);
// the interval bounds staleness where no hook can announce a change (a scheduled publish).
export const revalidate = 60
export const dynamicParams = true
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getSourceBySlug((await params).slug)
  return found ? { title: found.source.title } : {}
}

export default async function SourcePage({ params }: Props) {
  const found = await getSourceBySlug((await params).slug)
  if (!found) notFound()
  const { source, citedIn } = found
  const site = await getSite()
  return (
    <article className="source-page">
      <p className="term__kind">Source</p>
      <h1>{source.title}</h1>
      <CslText as="p" html={formatReference(source, site.citationStyle, 'html')} className="source-page__reference" />
      {source.note ? <p className="source-page__note">{source.note}</p> : null}
      {source.url || source.archiveUrl ? (
        <p>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer">
              Read it online
            </a>
          ) : null}
          {source.url && source.archiveUrl ? ' · ' : null}
          {source.archiveUrl ? (
            <a href={source.archiveUrl} rel="noopener noreferrer">
              Archived copy
            </a>
          ) : null}
        </p>
      ) : null}
      <section aria-labelledby="cited-in-heading">
        <h2 id="cited-in-heading">Cited in</h2>
        {citedIn.length === 0 ? <p>No published post cites this source yet.</p> : null}
        <ul>
          {citedIn.map((post) => (
            <li key={post.id}>
              <Link href={`/posts/${post.slug}`}>{post.title}</Link>
              {post.publishedAt ? <> · <time dateTime={post.publishedAt}>{formatLongDate(post.publishedAt)}</time></> : null}
              {post.locators.length ? <> — {post.locators.join('; ')}</> : null}
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link href="/sources">All sources</Link>
      </p>
    </article>
  )
}
