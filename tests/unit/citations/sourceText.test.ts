import { describe, expect, it } from 'vitest'

import { postSourceEntries, sourceText } from '@/lib/citations/sourceText'
import type { Source } from '@/payload-types'

const source = (fields: Partial<Source>): Source =>
  ({ id: 1, type: 'book', title: 'Untitled', updatedAt: '', createdAt: '', ...fields }) as Source

describe('sourceText', () => {
  it('writes author, title and imprint', () => {
    expect(sourceText(source({ authors: [{ family: 'Bacon', given: 'Francis' }], title: 'Novum Organum', place: 'London', publisher: 'John Bill', issued: { year: 1620 } }))).toBe(
      'Bacon, Francis. Novum Organum. London: John Bill, 1620.',
    )
  })

  it('inverts only the first of several authors, keeps organisations literal, and adds container and pages', () => {
    expect(
      sourceText(
        source({
          authors: [{ family: 'Febvre', given: 'Lucien' }, { family: 'Martin', given: 'Henri-Jean' }, { literal: 'UNESCO' }],
          title: 'The Coming of the Book?',
          containerTitle: 'Studies in Print',
          issued: { year: 1958 },
          pages: '12–30',
        }),
      ),
    ).toBe('Febvre, Lucien, Henri-Jean Martin and UNESCO. The Coming of the Book? In Studies in Print. 1958. Pp. 12–30.')
  })

  it('lists a post’s sources in order with their links and annotations', () => {
    const post = {
      sources: [
        { source: source({ id: 7, title: 'A', url: 'https://example.org/a' }), annotation: ' Primary. ' },
        { source: 3, annotation: 'unpopulated' },
        { source: source({ id: 8, title: 'B', archiveUrl: 'https://web.archive.org/b' }), annotation: '' },
      ],
    }
    expect(postSourceEntries(post)).toEqual([
      { id: 7, text: 'A.', url: 'https://example.org/a', annotation: 'Primary.' },
      { id: 8, text: 'B.', url: 'https://web.archive.org/b', annotation: null },
    ])
  })
})
