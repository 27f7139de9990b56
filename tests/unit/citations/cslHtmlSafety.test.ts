import { describe, expect, it } from 'vitest'

import { formatBibliography, formatNotes } from '@/lib/citations/formatCitations'

import { readSharedFixture } from '../../helpers/sharedFixtures'
import { sourceDoc } from '../../helpers/sources'

type Vector = { id: string; context: 'html' | 'url'; payload: string }

// Read through tests/helpers/sharedFixtures, which finds ../shared from its own location (not the
// working directory), warns and returns null when it is absent, and throws when CI is set.
const fixture = readSharedFixture('xss-vectors.json')
const payloads: Vector[] = fixture ? JSON.parse(fixture).payloads : []
const vectors = payloads.filter((vector) => vector.context === 'html')

// citeproc-js escapes field values and emits only its own formatting markup.
const ALLOWED_TAG = /^<\/?(i|b|sup|sub|span|div)(\s+(class|style)="[^"]*")*\s*\/?>$/

// The tags a payload opens or closes ("<img", "</a"): each must reach the output as text, its "<"
// escaped. Styles may change a title's case ("</A"), so the name is compared case-insensitively.
const tagStarts = (payload: string) => [...new Set((payload.match(/<\/?[a-z][\w-]*/gi) ?? []).map((start) => start.slice(1)))]
const escapedLessThan = '(?:&#60;|&lt;)'
const escapedGreaterThan = /&#62;|&gt;/

function outputsFor(payload: string) {
  const source = sourceDoc(1, { title: payload, authors: [{ family: payload, given: 'X' }], publisher: payload, containerTitle: payload })
  return [
    ...formatBibliography([source], 'chicago-note-bibliography', 'html').map((entry) => entry.reference),
    ...formatBibliography([source], 'apa', 'html').map((entry) => entry.reference),
    ...formatNotes([{ sourceId: 1, locator: payload }], [source], 'chicago-author-date', 'html'),
  ]
}

describe.skipIf(!fixture)('CSL output inserted as HTML is inert for every XSS vector (../shared/fixtures/xss-vectors.json)', () => {
  it('has the 56 payloads the fixture promises, 42 of them HTML', () => {
    expect(payloads).toHaveLength(56)
    expect(vectors).toHaveLength(42)
  })

  it.each(vectors.map((vector) => [vector.id, vector.payload]))('%s in title, author, publisher and locator', (_id, payload) => {
    const outputs = outputsFor(payload)
    // A Chicago and an APA reference and one note, each with something in it.
    expect(outputs).toHaveLength(3)
    const starts = tagStarts(payload)
    expect(starts.length, 'every HTML vector has at least one tag').toBeGreaterThan(0)
    for (const html of outputs) {
      expect(html.trim(), 'empty output').not.toBe('')
      // No markup but citeproc's own…
      for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag, html).toMatch(ALLOWED_TAG)
      // …and the payload's tags are there, escaped, as text.
      for (const start of starts) expect(html, `escaped <${start}`).toMatch(new RegExp(`${escapedLessThan}${start}`, 'i'))
      expect(html, 'escaped >').toMatch(escapedGreaterThan)
    }
  })
})

describe('CSL output escapes markup in a field (own case)', () => {
  const source = sourceDoc(1, { authors: [{ family: 'Bacon', given: 'Francis' }], title: '<script>alert(1)</script>', publisher: 'John Bill', issued: { year: 1620 } })

  it('shows a title’s <script> as text in a reference', () => {
    expect(formatBibliography([source], 'apa', 'html')).toEqual([{ sourceId: 1, reference: 'Bacon, F. (1620). <i>&#60;script&#62;alert(1)&#60;/script&#62;</i>. John Bill.' }])
  })

  it('shows a locator’s <script> as text in a note', () => {
    expect(formatNotes([{ sourceId: 1, locator: '<script>alert(2)</script>' }], [source], 'chicago-author-date', 'html')).toEqual([
      '(Bacon 1620, &#60;script&#62;alert(2)&#60;/script&#62;)',
    ])
  })
})
