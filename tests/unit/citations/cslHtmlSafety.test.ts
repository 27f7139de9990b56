import { describe, expect, it } from 'vitest'

import { formatBibliography, formatNotes } from '@/lib/citations/formatCitations'

import { readSharedFixture } from '../../helpers/sharedFixtures'
import { sourceDoc } from '../../helpers/sources'

type Vector = { id: string; context: 'html' | 'url'; payload: string }

const fixture = readSharedFixture('xss-vectors.json')
const vectors = fixture ? (JSON.parse(fixture).payloads as Vector[]).filter((vector) => vector.context === 'html') : []

// citeproc-js escapes field values and emits only its own formatting markup.
const ALLOWED_TAG = /^<\/?(i|b|sup|sub|span|div)(\s+(class|style)="[^"]*")*\s*\/?>$/

describe.skipIf(!fixture)('CSL output inserted as HTML is inert for every XSS vector (../shared/fixtures/xss-vectors.json)', () => {
  it.each(vectors.map((vector) => [vector.id, vector.payload]))('%s in title, author, publisher and locator', (_id, payload) => {
    const source = sourceDoc(1, { title: payload, authors: [{ family: payload, given: 'X' }], publisher: payload, containerTitle: payload })
    const outputs = [
      ...formatBibliography([source], 'chicago-note-bibliography', 'html').map((entry) => entry.reference),
      ...formatBibliography([source], 'apa', 'html').map((entry) => entry.reference),
      ...formatNotes([{ sourceId: 1, locator: payload }], [source], 'chicago-author-date', 'html'),
    ]
    for (const html of outputs) {
      for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag, html).toMatch(ALLOWED_TAG)
    }
  })
})
