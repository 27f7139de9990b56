import { describe, expect, it } from 'vitest'

import { extractChapters } from '@/lib/chapters/extractChapters'
import { withHeadingAnchors } from '@/lib/richtext/headingAnchors'
import { chapterMarker, heading, lexicalDocument, paragraph } from '../../helpers/lexical'

describe('extractChapters', () => {
  it('derives chapters from marked h2/h3 headings, in order, with their anchors', () => {
    const doc = lexicalDocument(
      paragraph('Intro'),
      heading('h2', 'The abbot’s complaint', '0:00'),
      heading('h2', 'Unmarked heading'),
      heading('h3', 'What print changed', '7:05'),
      heading('h2', 'This will kill that', '1:02:03'),
    )
    expect(extractChapters(doc)).toEqual({
      chapters: [
        { title: 'The abbot’s complaint', start: 0, anchor: 'the-abbots-complaint' },
        { title: 'What print changed', start: 425, anchor: 'what-print-changed' },
        { title: 'This will kill that', start: 3723, anchor: 'this-will-kill-that' },
      ],
      markerProblems: [],
    })
  })

  it('gives repeated headings distinct anchors, matching the rendered page', () => {
    const doc = lexicalDocument(heading('h2', 'Notes', '0:00'), heading('h2', 'Notes', '1:00'))
    expect(extractChapters(doc).chapters.map((c) => c.anchor)).toEqual(['notes', 'notes-2'])
    const anchors = (withHeadingAnchors(doc).root.children as unknown as { anchor: string }[]).map((node) => node.anchor)
    expect(anchors).toEqual(['notes', 'notes-2'])
  })

  it('reports markers outside headings, in h1/h4 headings, doubled or unreadable', () => {
    const doubled = heading('h2', 'Twice', '0:00')
    ;(doubled.children as unknown[]).push(chapterMarker('0:30'))
    const { chapters, markerProblems } = extractChapters(
      lexicalDocument(paragraph('Some text ', chapterMarker('3:00')), heading('h4', 'Deep', '4:00'), doubled, heading('h2', 'Bad', 'soon')),
    )
    expect(chapters).toEqual([{ title: 'Twice', start: 0, anchor: 'twice' }])
    expect(markerProblems).toEqual([
      'The heading “Deep” is an h4; chapter times belong in h2 or h3 headings.',
      'The heading “Twice” has 2 chapter times; keep one.',
      'The chapter time “soon” in “Bad” is not a time like 12:34.',
      'A chapter time (3:00) sits outside a heading; move it into the h2 or h3 heading it times.',
    ])
  })

  it('returns nothing for an empty or missing document', () => {
    expect(extractChapters(null)).toEqual({ chapters: [], markerProblems: [] })
    expect(extractChapters(lexicalDocument(paragraph('No headings')))).toEqual({ chapters: [], markerProblems: [] })
  })
})
