import Link from '@/components/links/SiteLink'

import { CslText } from '@/components/citations/CslText'
import { sourceTypeOptions } from '@/collections/Sources/sourceTypes'
import { formatReference } from '@/lib/citations/formatCitations'
import { getSite } from '@/lib/data/site'
import { getSources } from '@/lib/data/sources'

/** Every source (or those of one type) with its reference and how many posts cite it. */
export async function SourcesIndex({ type }: { type: string | null }) {
  const known = sourceTypeOptions.find((option) => option.value === type)
  const [sources, site] = await Promise.all([getSources({ type: known?.value }), getSite()])
  return (
    <section className="sources-index">
      <h1>Sources</h1>
      <p>
        Everything our scripts quote or cite. Download them all as <a href="/sources.bib">BibTeX</a>, <a href="/sources.ris">RIS</a> or{' '}
        <a href="/sources.json">CSL-JSON</a>.
      </p>
      <nav aria-label="Filter by type" className="channel-filter">
        <ul>
          <li>{known ? <Link href="/sources">All types</Link> : <strong aria-current="page">All types</strong>}</li>
          {sourceTypeOptions.map((option) => (
            <li key={option.value}>
              {known?.value === option.value ? <strong aria-current="page">{option.label}</strong> : <Link href={`/sources?type=${option.value}`}>{option.label}</Link>}
            </li>
          ))}
        </ul>
      </nav>
      {sources.length === 0 ? <p>No sources of this type yet.</p> : null}
      <ul className="sources-index__list">
        {sources.map((source) => (
          <li key={source.id}>
            <CslText html={formatReference(source, site.citationStyle, 'html')} />{' '}
            <Link href={`/sources/${source.slug}`}>
              cited in {source.citedBy} post{source.citedBy === 1 ? '' : 's'}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
