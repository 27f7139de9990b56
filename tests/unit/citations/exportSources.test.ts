import { Cite, type CslItem } from '@citation-js/core'
import { describe, expect, it } from 'vitest'

import { sourceToCsl } from '@/lib/citations/cslItem'
import { exportSources } from '@/lib/citations/exportSources'

import { bacon, eisenstein, sourceDoc } from '../../helpers/sources'

const article = sourceDoc(3, {
  type: 'article',
  authors: [{ family: 'Febvre', given: 'Lucien' }, { literal: 'Annales Editorial Board' }],
  title: 'Reading in the sixteenth century',
  containerTitle: 'Annales',
  issued: { year: 1952, month: 3 },
  pages: '1-20',
  doi: '10.3406/ahess.1952.2035',
})

// The fields every format carries; ids and citation keys are each format's own.
const comparable = ({ type, title, author, issued, publisher, 'publisher-place': place, URL, ISBN, DOI, page, 'container-title': container }: CslItem) =>
  JSON.parse(JSON.stringify({ type, title, author, issued, publisher, place, URL, ISBN, DOI, page, container }))

describe('source exports parse back with citation-js to the same data', () => {
  it.each(['bib', 'ris', 'json'] as const)('%s', (format) => {
    const sources = [bacon, eisenstein, article]
    const parsed = new Cite(exportSources(sources, format)).data
    const expected = sources.map(sourceToCsl).map(comparable)
    // BibTeX has no literal names: an organisation comes back as a family name, formatted the same.
    if (format === 'bib') expected[2].author[1] = { family: 'Annales Editorial Board' }
    expect(parsed.map(comparable)).toEqual(expected)
  })

  it('writes BibTeX entries with keys, RIS records and plain CSL-JSON', () => {
    expect(exportSources([bacon], 'bib')).toContain('@book{Bacon1620Novum,')
    expect(exportSources([bacon], 'ris')).toMatch(/^TY {2}- BOOK\nAU {2}- Bacon, Francis\n/)
    expect(JSON.parse(exportSources([bacon], 'json'))).toEqual([sourceToCsl(bacon)])
  })
})
