import { describe, expect, it } from 'vitest'

import { citationLabel, dedupeKey } from '@/lib/citations/sourceKeys'
import { isValidIsbn } from '@/lib/validation/isbn'
import { validateDoi } from '@/lib/validation/doi'
import { validateYear } from '@/lib/validation/year'

describe('ISBN checksums', () => {
  it.each(['9780521299558', '978-0-521-29955-8', '0-521-29955-1', '0306406152', '080442957X'])('%s is valid', (isbn) => expect(isValidIsbn(isbn)).toBe(true))
  it.each(['9780521299559', '0306406153', '12345', '978052129955X', 'ISBN 9780521299558'])('%s is not', (isbn) => expect(isValidIsbn(isbn)).toBe(false))
})

describe('DOI syntax and years', () => {
  it('accepts DOIs and refuses links and other strings', () => {
    expect(validateDoi('10.1017/CBO9780511622656')).toBe(true)
    expect(validateDoi('10.1000.10/abc(1)')).toBe(true)
    expect(validateDoi('')).toBe(true)
    expect(validateDoi('doi:10.1017/x')).toMatch(/is not a DOI/)
    expect(validateDoi('https://doi.org/10.1017/x')).toMatch(/not its https:\/\/doi.org\/ link/)
  })

  it('accepts plausible years, BCE included, and refuses year 0 and the future', () => {
    expect(validateYear(1620)).toBe(true)
    expect(validateYear(-500)).toBe(true)
    expect(validateYear(null)).toBe(true)
    expect(validateYear(0)).toMatch(/no year 0/)
    expect(validateYear(new Date().getFullYear() + 2)).toMatch(/A year between/)
  })
})

describe('duplicate keys and picker labels', () => {
  it('ignore case, accents, punctuation and author order', () => {
    const a = dedupeKey({ authors: [{ family: 'Febvre' }, { family: 'Martin' }], title: 'L’Apparition du livre', issued: { year: 1958 } })
    const b = dedupeKey({ authors: [{ family: 'MARTIN', given: 'H.' }, { family: 'febvre' }], title: 'l apparition du livre.', issued: { year: 1958 } })
    expect(a).toBe(b)
    expect(dedupeKey({ authors: [{ family: 'Febvre' }], title: 'L’Apparition du livre', issued: { year: 1958 } })).not.toBe(a)
  })

  it('name a source by its authors, title and year', () => {
    expect(citationLabel({ authors: [{ family: 'Bacon', given: 'Francis' }], title: 'Novum Organum', issued: { year: 1620 } })).toBe('Bacon — Novum Organum (1620)')
    expect(citationLabel({ authors: [{ family: 'A' }, { family: 'B' }, { literal: 'C Society' }], title: 'T', issued: {} })).toBe('A et al. — T')
    expect(citationLabel({ authors: [], title: 'Anonymous pamphlet', issued: { year: 1492 } })).toBe('Anonymous pamphlet (1492)')
  })
})
