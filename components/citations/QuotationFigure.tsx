import type { ReactNode } from 'react'

import type { CitationMark as Mark } from '@/lib/citations/apparatus'

import { CitationMark } from './CitationMark'
import { CslText } from './CslText'

/** `children`: the quote, rendered by RichText with the converters of the text around it (its links checked the same way). */
type Props = { children: ReactNode; attribution?: string | null; citeUrl?: string | null; mark?: Mark }

/** A quotation tied to its source: the quote, then a caption with the citation and its note number. */
export function QuotationFigure({ children, attribution, citeUrl, mark }: Props) {
  return (
    <figure className="quotation">
      {attribution ? <p className="quotation__attribution">{attribution}</p> : null}
      <blockquote cite={citeUrl ?? undefined}>
        {children}
      </blockquote>
      {mark ? (
        <figcaption>
          — <CslText html={mark.noteText} />
          <CitationMark mark={mark} />
        </figcaption>
      ) : null}
    </figure>
  )
}
