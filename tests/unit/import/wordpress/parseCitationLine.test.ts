import { describe, expect, it } from 'vitest'

import { parseCitationLine, parseLocator } from '@/lib/import/wordpress/parseCitationLine'

describe('parseCitationLine', () => {
  it.each([
    ['(S. Alliluyeva: ‘Twenty Letters to a Friend’, p. 216)', { author: 'S. Alliluyeva', title: 'Twenty Letters to a Friend', label: 'page', locator: '216' }],
    ['(N. Khrushchev: “Khrushchev Remembers”, pp. 317-18)', { author: 'N. Khrushchev', title: 'Khrushchev Remembers', label: 'page', locator: '317–18' }],
    ['(Victor Hugo, Notre-Dame de Paris, chap. 2)', { author: 'Victor Hugo', title: 'Notre-Dame de Paris', label: 'chapter', locator: '2' }],
    ['(Bacon: Novum Organum, vol. iii)', { author: 'Bacon', title: 'Novum Organum', label: 'volume', locator: 'iii' }],
    ['(p. 319)', { author: null, title: null, label: 'page', locator: '319' }],
    ['(pp. 12–14, 20)', { author: null, title: null, label: 'page', locator: '12–14, 20' }],
    ['(12:34)', { author: null, title: null, label: 'timestamp', locator: '12:34' }],
    ['p. 7', { author: null, title: null, label: 'page', locator: '7' }],
  ])('%s', (line, expected) => {
    expect(parseCitationLine(line)).toEqual(expected)
  })

  it.each([
    ['(see below)'],
    ['(and so on, p. many)'],
    ['(1917)'],
    ['He wrote on p. 216 that it was so.'],
    ['()'],
    ['(S. Alliluyeva, p. 216)'],
    // Prose parentheses met inside running text (recognizeInlineCitations leaves them as they are).
    ['(1917–1922)'],
    ['(c. 1450)'],
    ['(in 1917, p. 4)'],
    ['(see p. 4)'],
    ['(emphasis added)'],
    ['(as he said, twice)'],
    // Author and year, not author and title: no source to name.
    ['(Alliluyeva, 1967, p. 216)'],
    ['(Alliluyeva: 1967a, p. 216)'],
    ['(Ibid., p. 4)'],
    ['(Alliluyeva 1967: 216)'],
  ])('%s is not a citation line', (line) => {
    expect(parseCitationLine(line)).toBeNull()
  })
})

describe('parseLocator', () => {
  it('reads the abbreviations of every CSL label it supports', () => {
    expect(parseLocator('sect. 4')).toEqual({ label: 'section', locator: '4' })
    expect(parseLocator('para. 3')).toEqual({ label: 'paragraph', locator: '3' })
    expect(parseLocator('l. 20')).toEqual({ label: 'line', locator: '20' })
    expect(parseLocator('fol. 12v')).toEqual({ label: 'folio', locator: '12v' })
    expect(parseLocator('1:02:03')).toEqual({ label: 'timestamp', locator: '1:02:03' })
    expect(parseLocator('216')).toBeNull()
  })
})
