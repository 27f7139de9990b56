import type { PostReferences } from '@/lib/citations/postReference'

import { CslText } from './CslText'

/** "Cite this post": its reference in the site's style first, the other styles and BibTeX behind a disclosure. */
export function CiteThisPost({ references, style }: { references: PostReferences; style: string }) {
  const ordered = [...references.styles].sort((a, b) => Number(b.value === style) - Number(a.value === style))
  return (
    <section className="cite-this" aria-labelledby="cite-this-heading">
      <h2 id="cite-this-heading">Cite this post</h2>
      <CslText as="p" html={ordered[0].reference} className="cite-this__main" />
      <details>
        <summary>Other styles and BibTeX</summary>
        <dl>
          {ordered.slice(1).map((entry) => (
            <div key={entry.value}>
              <dt>{entry.label}</dt>
              <dd>
                <CslText html={entry.reference} />
              </dd>
            </div>
          ))}
          <div>
            <dt>BibTeX</dt>
            <dd>
              <pre className="cite-this__bibtex">{references.bibtex}</pre>
            </dd>
          </div>
        </dl>
      </details>
    </section>
  )
}
