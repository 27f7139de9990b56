import type { SourceEntry } from '@/lib/citations/sourceText'

/** The annotated SOURCES list that ends every script. */
export function SourcesList({ entries }: { entries: SourceEntry[] }) {
  if (entries.length === 0) return null
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol className="sources__list">
        {entries.map((entry) => (
          <li key={entry.id} className="sources__entry">
            <span className="sources__reference">{entry.text}</span>
            {entry.url ? (
              <>
                {' '}
                <a href={entry.url} className="sources__link" rel="noopener noreferrer">
                  {new URL(entry.url).hostname}
                </a>
              </>
            ) : null}
            {entry.annotation ? <p className="sources__annotation">{entry.annotation}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
