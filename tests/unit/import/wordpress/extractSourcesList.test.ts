import { describe, expect, it } from 'vitest'

import { extractSourcesList, parseSourcesEntry } from '@/lib/import/wordpress/extractSourcesList'

type Node = { type: string; [key: string]: unknown }
const text = (value: string): Node => ({ type: 'text', text: value })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children })
const link = (url: string, label: string): Node => ({ type: 'link', fields: { url }, children: [text(label)] })
const state = (...children: Node[]) => ({ root: { type: 'root', children } })

describe('parseSourcesEntry', () => {
  it.each([
    ['S. Alliluyeva, Twenty Letters to a Friend', { author: 'S. Alliluyeva', title: 'Twenty Letters to a Friend', annotation: null, url: null }],
    [
      'J. Trithemius: ‘In Praise of Scribes’. The abbot’s case against print; read with care. https://archive.org/details/inpraiseofscribes',
      { author: 'J. Trithemius', title: 'In Praise of Scribes', annotation: 'The abbot’s case against print; read with care.', url: 'https://archive.org/details/inpraiseofscribes' },
    ],
    ['Victor Hugo: Notre-Dame de Paris. The chapter “Ceci tuera cela”.', { author: 'Victor Hugo', title: 'Notre-Dame de Paris', annotation: 'The chapter “Ceci tuera cela”.', url: null }],
    // A bibliography entry with its imprint: the colon in parentheses is not the author's.
    [
      'Svetlana Alliluyeva, Twenty Letters to a Friend (New York: Harper & Row, 1967). Her memoir of the Kremlin years.',
      { author: 'Svetlana Alliluyeva', title: 'Twenty Letters to a Friend', annotation: '(New York: Harper & Row, 1967). Her memoir of the Kremlin years.', url: null },
    ],
  ])('%s', (entry, expected) => {
    expect(parseSourcesEntry(entry)).toEqual(expected)
  })

  it('takes the URL from a link in the entry', () => {
    expect(parseSourcesEntry('N. Khrushchev, Khrushchev Remembers. Dictated memoirs (see the archive).', ['https://example.org/memoirs'])).toEqual({
      author: 'N. Khrushchev',
      title: 'Khrushchev Remembers',
      annotation: 'Dictated memoirs (see the archive).',
      url: 'https://example.org/memoirs',
    })
  })

  it('is null for text with no author and title', () => {
    expect(parseSourcesEntry('Thanks to everyone who helped')).toBeNull()
  })
})

describe('extractSourcesList', () => {
  it('takes the SOURCES section out of the script and returns its entries', () => {
    const input = state(
      paragraph(text('The script.')),
      { type: 'heading', tag: 'h2', children: [text('SOURCES')] },
      paragraph(text('S. Alliluyeva, Twenty Letters to a Friend')),
      paragraph(text('N. Khrushchev: Khrushchev Remembers. Dictated memoirs. '), link('https://example.org/memoirs', 'online')),
    )
    const { state: output, entries } = extractSourcesList(input)
    expect(output.root.children).toEqual([paragraph(text('The script.'))])
    expect(entries).toEqual([
      { author: 'S. Alliluyeva', title: 'Twenty Letters to a Friend', annotation: null, url: null },
      { author: 'N. Khrushchev', title: 'Khrushchev Remembers', annotation: 'Dictated memoirs. online', url: 'https://example.org/memoirs' },
    ])
  })

  it('leaves the section in place when an entry cannot be read, and says which', () => {
    const input = state(paragraph(text('Sources:')), paragraph(text('S. Alliluyeva, Twenty Letters to a Friend')), paragraph(text('and many conversations')))
    expect(extractSourcesList(input)).toEqual({ state: input, entries: [], unread: 'the entry “and many conversations” does not read as “Author, Title”' })
  })

  it('says why a section followed by something other than paragraphs or a list stays, and is silent without one', () => {
    const quoted = state(paragraph(text('SOURCES')), { type: 'quote', children: [text('A quotation')] })
    expect(extractSourcesList(quoted)).toEqual({ state: quoted, entries: [], unread: 'something other than paragraphs or a list follows its heading' })
    const none = state(paragraph(text('No list here.')))
    expect(extractSourcesList(none)).toEqual({ state: none, entries: [], unread: null })
  })
})
