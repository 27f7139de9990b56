import { describe, expect, it } from 'vitest'

import { formatBibliography, formatNotes } from '@/lib/citations/formatCitations'
import { CITATION_STYLES } from '@/lib/citations/styles'

import { bacon, eisenstein } from '../../helpers/sources'

const uses = [{ sourceId: 2, locator: '113-126', label: 'page' }, { sourceId: 2, locator: '130' }, { sourceId: 1, locator: '129', label: 'section' }]

describe('bibliographies with CSL styles (citation-js)', () => {
  it.each([
    ['chicago-note-bibliography', 'Bacon, Francis. Novum Organum. London: John Bill, 1620. https://www.gutenberg.org/ebooks/45988.', 'Eisenstein, Elizabeth L. The Printing Press as an Agent of Change. Cambridge: Cambridge University Press, 1979.'],
    ['chicago-author-date', 'Bacon, Francis. 1620. Novum Organum. London: John Bill. https://www.gutenberg.org/ebooks/45988.', 'Eisenstein, Elizabeth L. 1979. The Printing Press as an Agent of Change. Cambridge: Cambridge University Press.'],
    ['apa', 'Bacon, F. (1620). Novum Organum. John Bill. https://www.gutenberg.org/ebooks/45988', 'Eisenstein, E. L. (1979). The printing press as an agent of change. Cambridge University Press.'],
    ['modern-language-association', 'Bacon, Francis. Novum Organum. John Bill, 1620, https://www.gutenberg.org/ebooks/45988.', 'Eisenstein, Elizabeth L. The Printing Press as an Agent of Change. Cambridge University Press, 1979.'],
    ['harvard-cite-them-right', 'Bacon, F. (1620) Novum Organum. London: John Bill. Available at: https://www.gutenberg.org/ebooks/45988.', 'Eisenstein, E.L. (1979) The printing press as an agent of change. Cambridge: Cambridge University Press.'],
  ] as const)('%s', (style, first, second) => {
    expect(formatBibliography([eisenstein, bacon], style, 'text')).toEqual([
      { sourceId: 1, reference: first },
      { sourceId: 2, reference: second },
    ])
  })

  it('formats HTML with italic titles', () => {
    expect(formatBibliography([bacon], 'chicago-note-bibliography', 'html')[0].reference).toBe('Bacon, Francis. <i>Novum Organum</i>. London: John Bill, 1620. https://www.gutenberg.org/ebooks/45988.')
  })

  it('offers the five styles the site settings list', () => {
    expect(CITATION_STYLES.map((style) => style.value)).toEqual(['chicago-note-bibliography', 'chicago-author-date', 'apa', 'modern-language-association', 'harvard-cite-them-right'])
  })
})

describe('notes, in order, with locators; repeats shortened by the style', () => {
  it.each([
    ['chicago-note-bibliography', ['Eisenstein, The Printing Press as an Agent of Change, 113–26.', 'Eisenstein, 130.', 'Bacon, Novum Organum, sec. 129.']],
    ['chicago-author-date', ['(Eisenstein 1979, 113–26)', '(Eisenstein 1979, 130)', '(Bacon 1620, sec. 129)']],
    ['apa', ['(Eisenstein, 1979, pp. 113–126)', '(Eisenstein, 1979, p. 130)', '(Bacon, 1620, sec. 129)']],
  ] as const)('%s', (style, notes) => {
    expect(formatNotes(uses, [bacon, eisenstein], style, 'text')).toEqual(notes)
  })

  it('keeps a prefix and suffix around the citation', () => {
    expect(formatNotes([{ sourceId: 1, locator: '129', label: 'section', prefix: 'See', suffix: 'on printing' }], [bacon], 'chicago-author-date', 'text')).toEqual([
      '(See Bacon 1620, sec. 129 on printing)',
    ])
  })
})
