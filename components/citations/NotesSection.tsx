import type { Note } from '@/lib/citations/apparatus'

import { CslText } from './CslText'

/** The numbered notes; each use of a source links back to where it is cited. */
export function NotesSection({ notes }: { notes: Note[] }) {
  if (notes.length === 0) return null
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <ol className="notes__list">
        {notes.map((note) => (
          <li key={note.number} id={`note-${note.number}`} value={note.number}>
            {note.uses.map((use, index) => (
              <span key={use.refId} className="notes__use">
                {index > 0 ? ' ' : null}
                <CslText html={use.text} />{' '}
                <a href={`#${use.refId}`} className="notes__back" aria-label={`Back to citation ${note.number}${note.uses.length > 1 ? `, use ${index + 1}` : ''}`}>
                  ↩
                </a>
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  )
}
