import type { NoteMark } from '@/lib/citations/apparatus'

/** A numbered superscript link to the note (a citation's or a footnote's); the note links back to this id. */
export function CitationMark({ mark }: { mark: NoteMark | undefined }) {
  if (!mark) return null
  return (
    <sup className="note-ref">
      <a href={`#note-${mark.number}`} id={mark.refId} aria-label={`Note ${mark.number}`} aria-describedby="notes-heading">
        {mark.number}
      </a>
    </sup>
  )
}
