import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import type { CitationMark as Mark } from '@/lib/citations/apparatus'

import { CitationMark } from './CitationMark'
import { CslText } from './CslText'

type Props = { quote: SerializedEditorState; attribution?: string | null; citeUrl?: string | null; mark?: Mark }

/** A quotation tied to its source: the quote, then a caption with the citation and its note number. */
export function QuotationFigure({ quote, attribution, citeUrl, mark }: Props) {
  return (
    <figure className="quotation">
      {attribution ? <p className="quotation__attribution">{attribution}</p> : null}
      <blockquote cite={citeUrl ?? undefined}>
        <LexicalRichText data={quote} disableContainer />
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
