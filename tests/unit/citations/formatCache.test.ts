import { plugins } from '@citation-js/core'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { formatBibliography, formatNotes, formatReference } from '@/lib/citations/formatCitations'
import { postCslItem, postReferences } from '@/lib/citations/postReference'

import { bacon, eisenstein, sourceDoc } from '../../helpers/sources'

/** Counts citeproc engines made: each formatting that is not served from the cache makes one. */
function countEngines() {
  const csl = plugins.config.get('@csl')
  return vi.spyOn(csl, 'engine')
}

afterEach(() => vi.restoreAllMocks())

const uses = [{ sourceId: 2, locator: '113-126', label: 'page' }, { sourceId: 2, locator: '130' }]

describe('formatted citations are made once per sources, style and format', () => {
  it('formats a bibliography once; the same sources in the same style come from the cache', () => {
    const engines = countEngines()
    const first = formatBibliography([bacon, eisenstein], 'apa', 'html')
    const second = formatBibliography([bacon, eisenstein], 'apa', 'html')
    expect(engines).toHaveBeenCalledTimes(1)
    expect(second).toEqual(first)
    expect(second.map((entry) => entry.reference)).toEqual([
      'Bacon, F. (1620). <i>Novum Organum</i>. John Bill. https://www.gutenberg.org/ebooks/45988',
      'Eisenstein, E. L. (1979). <i>The printing press as an agent of change</i>. Cambridge University Press.',
    ])
  })

  it('formats again when the source changes, the style changes or the format changes', () => {
    const engines = countEngines()
    formatReference(bacon, 'chicago-author-date', 'text')
    const renamed = sourceDoc(1, { ...bacon, title: 'Novum Organum Scientiarum', updatedAt: bacon.updatedAt })
    expect(formatReference(renamed, 'chicago-author-date', 'text')).toBe('Bacon, Francis. 1620. Novum Organum Scientiarum. London: John Bill. https://www.gutenberg.org/ebooks/45988.')
    expect(formatReference(bacon, 'modern-language-association', 'text')).toBe('Bacon, Francis. Novum Organum. John Bill, 1620, https://www.gutenberg.org/ebooks/45988.')
    formatReference(bacon, 'chicago-author-date', 'html')
    expect(engines).toHaveBeenCalledTimes(4)
    formatReference(bacon, 'chicago-author-date', 'text')
    expect(engines).toHaveBeenCalledTimes(4)
  })

  it('keeps a sequence of notes as one entry: other locators are another entry', () => {
    const engines = countEngines()
    expect(formatNotes(uses, [eisenstein], 'chicago-note-bibliography', 'text')).toEqual(['Eisenstein, The Printing Press as an Agent of Change, 113–26.', 'Eisenstein, 130.'])
    expect(formatNotes(uses, [eisenstein], 'chicago-note-bibliography', 'text')).toEqual(['Eisenstein, The Printing Press as an Agent of Change, 113–26.', 'Eisenstein, 130.'])
    expect(engines).toHaveBeenCalledTimes(1)
    expect(formatNotes([{ sourceId: 2, locator: '7' }], [eisenstein], 'chicago-note-bibliography', 'text')).toEqual(['Eisenstein, The Printing Press as an Agent of Change, 7.'])
    expect(engines).toHaveBeenCalledTimes(2)
  })

  it('hands out frozen entries, so no page can change what another is given', () => {
    const entries = formatBibliography([eisenstein], 'chicago-note-bibliography', 'text')
    expect(() => (entries as { reference: string }[]).push({ reference: 'x' } as never)).toThrow(TypeError)
    expect(() => ((entries[0] as { reference: string }).reference = 'changed')).toThrow(TypeError)
  })

  it('makes a post’s own reference in every style once, and again when the post reads differently', () => {
    const engines = countEngines()
    const post = { id: 7, title: 'This Will Kill That', publishedAt: '2024-03-05T10:00:00.000Z', populatedAuthors: [{ id: '1', name: 'Ada Editor' }] }
    const item = postCslItem(post, { title: 'Scriptorium' }, 'https://example.com/posts/this-will-kill-that')
    const first = postReferences(item)
    expect(engines).toHaveBeenCalledTimes(5)
    expect(postReferences(postCslItem(post, { title: 'Scriptorium' }, 'https://example.com/posts/this-will-kill-that'))).toBe(first)
    expect(engines).toHaveBeenCalledTimes(5)
    expect(first.styles.find((style) => style.value === 'apa')?.reference).toBe('Editor, A. (2024, March 5). This Will Kill That. <i>Scriptorium</i>. https://example.com/posts/this-will-kill-that')
    const renamed = postReferences(postCslItem({ ...post, title: 'This Will Kill That, Revised' }, { title: 'Scriptorium' }, 'https://example.com/posts/this-will-kill-that'))
    expect(engines).toHaveBeenCalledTimes(10)
    expect(renamed.styles.find((style) => style.value === 'apa')?.reference).toContain('This Will Kill That, Revised')
  })
})
