import Link from '@/components/links/SiteLink'

import { CslText } from '@/components/citations/CslText'
import type { BibliographyEntry } from '@/lib/citations/apparatus'

/** The Sources section that ends every script: every cited or listed source, formatted, with the author's note. */
export function SourcesList({ entries, exportPath }: { entries: BibliographyEntry[]; exportPath?: string }) {
  if (entries.length === 0) return null
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul className="sources__list">
        {entries.map(({ source, reference, annotation }) => (
          <li key={source.id} className="sources__entry">
            <CslText html={reference} className="sources__reference" />{' '}
            {source.slug ? (
              <Link href={`/sources/${source.slug}`} className="sources__more">
                <span className="visually-hidden">{source.title}: </span>where it is cited
              </Link>
            ) : null}
            {annotation ? <p className="sources__annotation">{annotation}</p> : null}
          </li>
        ))}
      </ul>
      {exportPath ? (
        <p className="sources__exports">
          Download these sources: <a href={`${exportPath}/sources.bib`}>BibTeX</a> · <a href={`${exportPath}/sources.ris`}>RIS</a> ·{' '}
          <a href={`${exportPath}/sources.json`}>CSL-JSON</a>
        </p>
      ) : null}
    </section>
  )
}
