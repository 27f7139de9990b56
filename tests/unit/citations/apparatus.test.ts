import { describe, expect, it } from 'vitest'

import { buildApparatus } from '@/lib/citations/apparatus'

import { citationNode, lexicalDocument, paragraph, quotationNode } from '../../helpers/lexical'
import { bacon, eisenstein, sourceDoc } from '../../helpers/sources'

const hugo = sourceDoc(3, { authors: [{ family: 'Hugo', given: 'Victor' }], title: 'Notre-Dame de Paris', place: 'Paris', publisher: 'Charles Gosselin', issued: { year: 1831 } })

describe('buildApparatus', () => {
  const first = citationNode(2, '113-126')
  const second = citationNode(1, '129', 'section')
  const again = citationNode(2, '130')
  const quote = quotationNode(3, 'This will kill that.', '2', 'An archdeacon says:')
  const post = {
    content: lexicalDocument(paragraph('Print fixed texts', first), paragraph('Three inventions', second), quote, paragraph('Scholars argued', again)),
    citedSources: [bacon, eisenstein, hugo],
    sources: [{ source: eisenstein, annotation: 'Secondary; the overall argument only.' }],
  }
  const apparatus = buildApparatus(post, 'chicago-note-bibliography', 'text')
  const id = (node: ReturnType<typeof citationNode>) => (node.fields as { id: string }).id

  it('numbers sources by first appearance; a repeated source keeps its number', () => {
    expect([first, second, quote, again].map((node) => apparatus.marks.get(id(node))?.number)).toEqual([1, 2, 3, 1])
  })

  it('formats each use as a note in the style (short forms after the first), each with a link back to its place', () => {
    expect(apparatus.notes).toEqual([
      {
        number: 1,
        sourceId: 2,
        uses: [
          { refId: `ref-${id(first)}`, text: 'Eisenstein, The Printing Press as an Agent of Change, 113–26.' },
          { refId: `ref-${id(again)}`, text: 'Eisenstein, The Printing Press as an Agent of Change, 130.' },
        ],
      },
      { number: 2, sourceId: 1, uses: [{ refId: `ref-${id(second)}`, text: 'Bacon, Novum Organum, sec. 129.' }] },
      { number: 3, sourceId: 3, uses: [{ refId: `ref-${id(quote)}`, text: 'Hugo, Notre-Dame de Paris, 2.' }] },
    ])
  })

  it('builds the Sources section from cited and listed sources in the style’s order, with annotations', () => {
    expect(apparatus.bibliography.map(({ source, reference, annotation }) => [source.id, reference, annotation])).toEqual([
      [1, 'Bacon, Francis. Novum Organum. London: John Bill, 1620. https://www.gutenberg.org/ebooks/45988.', null],
      [2, 'Eisenstein, Elizabeth L. The Printing Press as an Agent of Change. Cambridge: Cambridge University Press, 1979.', 'Secondary; the overall argument only.'],
      [3, 'Hugo, Victor. Notre-Dame de Paris. Paris: Charles Gosselin, 1831.', null],
    ])
  })

  it('ignores citations of sources it was not given (e.g. unpublished or deleted)', () => {
    const orphan = buildApparatus({ ...post, citedSources: [bacon], sources: [] }, 'apa', 'text')
    expect(orphan.notes.map((note) => note.sourceId)).toEqual([1])
  })
})
