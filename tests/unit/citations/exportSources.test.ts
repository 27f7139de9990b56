import { Cite, type CslItem } from '@citation-js/core'
import { describe, expect, it } from 'vitest'

import { sourceToCsl } from '@/lib/citations/cslItem'
import { exportSources } from '@/lib/citations/exportSources'
import type { Source } from '@/payload-types'

import { sourceDoc } from '../../helpers/sources'

// One source of each type the Sources collection offers (collections/Sources/sourceTypes.ts), with
// the CSL-JSON it must become written out by hand: the CSL type, names (family/given or literal),
// partial dates, trimmed text, and blank or unexported fields (archiveUrl, note) left out.
const book = sourceDoc(1, {
  type: 'book',
  authors: [{ family: 'Bacon', given: 'Francis' }],
  title: 'Novum Organum',
  publisher: 'John Bill',
  place: 'London',
  issued: { year: 1620 },
  language: 'la',
  url: 'https://www.gutenberg.org/ebooks/45988',
})
const bookCsl = {
  id: 'source-1',
  type: 'book',
  title: 'Novum Organum',
  author: [{ family: 'Bacon', given: 'Francis' }],
  issued: { 'date-parts': [[1620]] },
  publisher: 'John Bill',
  'publisher-place': 'London',
  URL: 'https://www.gutenberg.org/ebooks/45988',
  language: 'la',
}

const chapter = sourceDoc(2, {
  type: 'chapter',
  authors: [{ family: 'Chartier', given: 'Roger' }],
  title: 'Labourers and voyagers: from the text to the reader',
  containerTitle: 'The Book History Reader',
  publisher: 'Routledge',
  place: 'London',
  issued: { year: 2002 },
  pages: '47-58',
  isbn: '9780415226585',
})
const chapterCsl = {
  id: 'source-2',
  type: 'chapter',
  title: 'Labourers and voyagers: from the text to the reader',
  author: [{ family: 'Chartier', given: 'Roger' }],
  issued: { 'date-parts': [[2002]] },
  'container-title': 'The Book History Reader',
  publisher: 'Routledge',
  'publisher-place': 'London',
  page: '47-58',
  ISBN: '9780415226585',
}

const article = sourceDoc(3, {
  type: 'article',
  authors: [{ family: 'Febvre', given: 'Lucien' }, { literal: 'Annales Editorial Board' }],
  title: 'Reading in the sixteenth century',
  containerTitle: 'Annales',
  issued: { year: 1952, month: 3 },
  pages: '1-20',
  doi: '10.3406/ahess.1952.2035',
})
const articleCsl = {
  id: 'source-3',
  type: 'article-journal',
  title: 'Reading in the sixteenth century',
  author: [{ family: 'Febvre', given: 'Lucien' }, { literal: 'Annales Editorial Board' }],
  issued: { 'date-parts': [[1952, 3]] },
  'container-title': 'Annales',
  page: '1-20',
  DOI: '10.3406/ahess.1952.2035',
}

const webpage = sourceDoc(4, {
  type: 'webpage',
  authors: [],
  title: 'Wayback Machine: general information',
  containerTitle: 'Internet Archive Help Center',
  issued: { year: 2023, month: 5, day: 4 },
  url: 'https://help.archive.org/help/wayback-machine-general-information/',
  archiveUrl: 'https://web.archive.org/web/2023/https://help.archive.org/',
  language: 'en',
})
const webpageCsl = {
  id: 'source-4',
  type: 'webpage',
  title: 'Wayback Machine: general information',
  issued: { 'date-parts': [[2023, 5, 4]] },
  'container-title': 'Internet Archive Help Center',
  URL: 'https://help.archive.org/help/wayback-machine-general-information/',
  language: 'en',
}

const video = sourceDoc(5, {
  type: 'video',
  authors: [{ family: 'Darnton', given: 'Robert' }],
  title: 'The case for books',
  publisher: 'Harvard University',
  issued: { year: 2009, month: 10, day: 22 },
  url: 'https://www.youtube.com/watch?v=Pr1ntPr3ssA',
})
const videoCsl = {
  id: 'source-5',
  type: 'motion_picture',
  title: 'The case for books',
  author: [{ family: 'Darnton', given: 'Robert' }],
  issued: { 'date-parts': [[2009, 10, 22]] },
  publisher: 'Harvard University',
  URL: 'https://www.youtube.com/watch?v=Pr1ntPr3ssA',
}

const archiveDocument = sourceDoc(6, {
  type: 'archive-document',
  authors: [{ family: 'ignored', literal: '  Stationers’ Company  ' }],
  title: 'Register of entries, 1554–1596',
  containerTitle: 'Stationers’ Company Archive',
  place: 'London',
  issued: { year: 1557 },
  note: 'Only the quoted evidence is used.',
})
const archiveDocumentCsl = {
  id: 'source-6',
  type: 'manuscript',
  title: 'Register of entries, 1554–1596',
  author: [{ literal: 'Stationers’ Company' }],
  issued: { 'date-parts': [[1557]] },
  'container-title': 'Stationers’ Company Archive',
  'publisher-place': 'London',
}

const speech = sourceDoc(7, {
  type: 'speech',
  authors: [{ family: 'Lincoln', given: 'Abraham' }],
  title: 'Address at Gettysburg',
  place: 'Gettysburg, Pennsylvania',
  issued: { year: 1863, month: 11, day: 19 },
})
const speechCsl = {
  id: 'source-7',
  type: 'speech',
  title: 'Address at Gettysburg',
  author: [{ family: 'Lincoln', given: 'Abraham' }],
  issued: { 'date-parts': [[1863, 11, 19]] },
  'publisher-place': 'Gettysburg, Pennsylvania',
}

const pamphlet = sourceDoc(8, {
  type: 'pamphlet',
  authors: [{ family: 'Paine', given: 'Thomas' }],
  title: 'Common Sense',
  publisher: 'R. Bell',
  place: 'Philadelphia',
  issued: { year: 1776, month: 1 },
  pages: '1-47',
})
const pamphletCsl = {
  id: 'source-8',
  type: 'pamphlet',
  title: 'Common Sense',
  author: [{ family: 'Paine', given: 'Thomas' }],
  issued: { 'date-parts': [[1776, 1]] },
  publisher: 'R. Bell',
  'publisher-place': 'Philadelphia',
  page: '1-47',
}

const other = sourceDoc(9, {
  type: 'other',
  authors: [{ family: '  Gutenberg ', given: '   ' }],
  title: 'Forty-two-line Bible',
  publisher: '   ',
  place: ' Mainz ',
  issued: { year: 1455 },
  doi: '',
  language: 'la',
})
const otherCsl = {
  id: 'source-9',
  type: 'document',
  title: 'Forty-two-line Bible',
  author: [{ family: 'Gutenberg' }],
  issued: { 'date-parts': [[1455]] },
  'publisher-place': 'Mainz',
  language: 'la',
}

const EVERY_TYPE: [Source['type'], Source, object][] = [
  ['book', book, bookCsl],
  ['chapter', chapter, chapterCsl],
  ['article', article, articleCsl],
  ['webpage', webpage, webpageCsl],
  ['video', video, videoCsl],
  ['archive-document', archiveDocument, archiveDocumentCsl],
  ['speech', speech, speechCsl],
  ['pamphlet', pamphlet, pamphletCsl],
  ['other', other, otherCsl],
]

describe('sourceToCsl: every source type as CSL-JSON', () => {
  it('covers the nine source types the Sources collection offers', () => {
    expect(EVERY_TYPE.map(([type, source]) => [type, source.type])).toEqual([
      ['book', 'book'],
      ['chapter', 'chapter'],
      ['article', 'article'],
      ['webpage', 'webpage'],
      ['video', 'video'],
      ['archive-document', 'archive-document'],
      ['speech', 'speech'],
      ['pamphlet', 'pamphlet'],
      ['other', 'other'],
    ])
  })

  it.each(EVERY_TYPE)('%s', (_type, source, csl) => {
    expect(sourceToCsl(source)).toStrictEqual(csl)
  })

  it('exports all nine as a CSL-JSON file holding exactly those items', () => {
    expect(JSON.parse(exportSources([book, chapter, article, webpage, video, archiveDocument, speech, pamphlet, other], 'json'))).toStrictEqual([
      bookCsl,
      chapterCsl,
      articleCsl,
      webpageCsl,
      videoCsl,
      archiveDocumentCsl,
      speechCsl,
      pamphletCsl,
      otherCsl,
    ])
  })
})

const secondBook = sourceDoc(10, {
  authors: [{ family: 'Eisenstein', given: 'Elizabeth L.' }],
  title: 'The printing press as an agent of change',
  publisher: 'Cambridge University Press',
  place: 'Cambridge',
  issued: { year: 1979 },
  isbn: '9780521299558',
})

// The fields every format carries; ids and citation keys are each format's own.
const comparable = ({ type, title, author, issued, publisher, 'publisher-place': place, URL, ISBN, DOI, page, 'container-title': container }: CslItem) =>
  JSON.parse(JSON.stringify({ type, title, author, issued, publisher, place, URL, ISBN, DOI, page, container }))

const roundTripped = (articleAuthors: object[]) => [
  {
    type: 'book',
    title: 'Novum Organum',
    author: [{ family: 'Bacon', given: 'Francis' }],
    issued: { 'date-parts': [[1620]] },
    publisher: 'John Bill',
    place: 'London',
    URL: 'https://www.gutenberg.org/ebooks/45988',
  },
  {
    type: 'book',
    title: 'The printing press as an agent of change',
    author: [{ family: 'Eisenstein', given: 'Elizabeth L.' }],
    issued: { 'date-parts': [[1979]] },
    publisher: 'Cambridge University Press',
    place: 'Cambridge',
    ISBN: '9780521299558',
  },
  {
    type: 'article-journal',
    title: 'Reading in the sixteenth century',
    author: articleAuthors,
    issued: { 'date-parts': [[1952, 3]] },
    DOI: '10.3406/ahess.1952.2035',
    page: '1-20',
    container: 'Annales',
  },
]

describe('source exports parse back with citation-js to the same data', () => {
  it.each([
    // BibTeX has no literal names: an organisation comes back as a family name, formatted the same.
    ['bib', roundTripped([{ family: 'Febvre', given: 'Lucien' }, { family: 'Annales Editorial Board' }])],
    ['ris', roundTripped([{ family: 'Febvre', given: 'Lucien' }, { literal: 'Annales Editorial Board' }])],
    ['json', roundTripped([{ family: 'Febvre', given: 'Lucien' }, { literal: 'Annales Editorial Board' }])],
  ] as const)('%s', (format, expected) => {
    const parsed = new Cite(exportSources([book, secondBook, article], format)).data
    expect(parsed.map(comparable)).toEqual(expected)
  })

  it('writes BibTeX entries with keys, RIS records and plain CSL-JSON', () => {
    expect(exportSources([book], 'bib')).toContain('@book{Bacon1620Novum,')
    expect(exportSources([book], 'ris')).toMatch(/^TY {2}- BOOK\nAU {2}- Bacon, Francis\n/)
    expect(JSON.parse(exportSources([book], 'json'))).toStrictEqual([bookCsl])
  })
})
