import { RichText } from '@/components/richtext/RichText'
import { type FootnoteNote, isFootnoteNote, type Note, type PageNote } from '@/lib/citations/apparatus'

import { CslText } from './CslText'

/** The numbered notes: each use of a source, and each footnote, links back to where it stands. */
export function NotesSection({ notes }: { notes: PageNote[] }) {
  if (notes.length === 0) return null
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <ol className="notes__list">
        {notes.map((note) => (
          <li key={note.number} id={`note-${note.number}`} value={note.number}>
            {isFootnoteNote(note) ? <FootnoteEntry note={note} /> : <CitationEntry note={note} />}
          </li>
        ))}
      </ol>
    </section>
  )
}

function CitationEntry({ note }: { note: Note }) {
  return note.uses.map((use, index) => (
    <span key={use.refId} className="notes__use">
      {index > 0 ? ' ' : null}
      <CslText html={use.text} />{' '}
      <a href={`#${use.refId}`} className="notes__back" aria-label={`Back to citation ${note.number}${note.uses.length > 1 ? `, use ${index + 1}` : ''}`}>
        ↩
      </a>
    </span>
  ))
}

/** The author's own note, through the site's converters, with the link back at the end of its last paragraph. */
function FootnoteEntry({ note }: { note: FootnoteNote }) {
  const back = (
    <a href={`#${note.refId}`} className="notes__back" aria-label={`Back to footnote ${note.number}`}>
      ↩
    </a>
  )
  return <RichText data={note.footnote} className="notes__footnote" trailing={back} />
}
