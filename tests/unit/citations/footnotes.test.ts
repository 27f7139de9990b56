import { describe, expect, it } from 'vitest'

import { buildApparatus } from '@/lib/citations/apparatus'
import { postFeedHtml } from '@/lib/feeds/postHtml'
import { lexicalToHtml } from '@/lib/richtext/lexicalToHtml'
import { plainText } from '@/lib/richtext/plainText'
import type { Post } from '@/payload-types'

import { citationNode, footnoteNode, lexicalDocument, paragraph, text } from '../../helpers/lexical'
import { bacon, eisenstein } from '../../helpers/sources'

const italic = (value: string) => ({ ...text(value), format: 2 })
const link = (url: string, value: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { url, linkType: 'custom', newTab: false },
  children: [text(value)],
})
const list = (...items: (string | object)[][]) => ({
  type: 'list',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: items.map((children, index) => ({ type: 'listitem', version: 1, direction: 'ltr', format: '', indent: 0, value: index + 1, children: children.map((child) => (typeof child === 'string' ? text(child) : child)) })),
})
const id = (node: { fields?: unknown }) => (node.fields as { id: string }).id

describe('footnotes among citations', () => {
  // Eisenstein, a footnote, Bacon, Eisenstein again, a footnote (in a list item).
  const firstA = citationNode(2, '113-126')
  const firstNote = footnoteNode(paragraph('Scribes kept copying ', italic('after'), ' print, ', link('https://example.org/scribes', 'for decades'), '.'))
  const b = citationNode(1, '129', 'section')
  const againA = citationNode(2, '130')
  const secondNote = footnoteNode(paragraph('A second thought.'))
  const post = {
    content: lexicalDocument(paragraph('Print fixed texts', firstA, ' and scribes', firstNote, ' complained.'), paragraph('Three inventions', b), list(['Scholars argued', againA, ' at length', secondNote])),
    citedSources: [bacon, eisenstein],
    sources: [],
  }
  const apparatus = buildApparatus(post, 'chicago-note-bibliography', 'text')

  it('numbers them in one sequence: a footnote always gets its own number, a source keeps its first', () => {
    expect(apparatus.marks.get(id(firstA))?.number).toBe(1)
    expect(apparatus.footnotes.get(id(firstNote))?.number).toBe(2)
    expect(apparatus.marks.get(id(b))?.number).toBe(3)
    expect(apparatus.marks.get(id(againA))?.number).toBe(1)
    expect(apparatus.footnotes.get(id(secondNote))?.number).toBe(4)
  })

  it('lists the Notes in number order, each footnote with its text and the id of its place', () => {
    expect(apparatus.allNotes.map((note) => note.number)).toEqual([1, 2, 3, 4])
    expect(apparatus.allNotes[0]).toEqual({
      number: 1,
      sourceId: 2,
      uses: [
        { refId: `ref-${id(firstA)}`, text: 'Eisenstein, The Printing Press as an Agent of Change, 113–26.' },
        { refId: `ref-${id(againA)}`, text: 'Eisenstein, The Printing Press as an Agent of Change, 130.' },
      ],
    })
    expect(apparatus.allNotes[1]).toEqual({ number: 2, refId: `ref-${id(firstNote)}`, footnote: (firstNote.fields as { note: unknown }).note })
    expect(apparatus.allNotes[2]).toEqual({ number: 3, sourceId: 1, uses: [{ refId: `ref-${id(b)}`, text: 'Bacon, Novum Organum, sec. 129.' }] })
    expect(apparatus.allNotes[3]).toEqual({ number: 4, refId: `ref-${id(secondNote)}`, footnote: (secondNote.fields as { note: unknown }).note })
    // The cited sources' notes alone, as before footnotes existed.
    expect(apparatus.notes.map((note) => [note.number, note.sourceId])).toEqual([
      [1, 2],
      [3, 1],
    ])
  })

  it('a script with footnotes only numbers them 1, 2', () => {
    const only = buildApparatus({ content: lexicalDocument(paragraph('One', footnoteNode(paragraph('a'))), paragraph('Two', footnoteNode(paragraph('b')))), citedSources: [], sources: [] }, 'apa', 'text')
    expect([...only.footnotes.values()].map((mark) => mark.number)).toEqual([1, 2])
    expect(only.notes).toEqual([])
  })

  it('renders footnote marks as superscript numbers in feeds, and the notes with their formatting and absolute links', () => {
    const html = lexicalToHtml(post.content, 'https://essays.example', { apparatus })
    expect(html.startsWith('<p>Print fixed texts<sup>1</sup> and scribes<sup>2</sup> complained.</p><p>Three inventions<sup>3</sup></p><ul')).toBe(true)
    expect(html).toContain('>Scholars argued<sup>1</sup> at length<sup>4</sup></li></ul>')
    const feed = postFeedHtml({ ...post, video: null } as unknown as Post, 'https://essays.example', 'chicago-note-bibliography')
    expect(feed).toContain(
      '<h2>Notes</h2><ol><li value="1">Eisenstein, <i>The Printing Press as an Agent of Change</i>, 113–26. Eisenstein, <i>The Printing Press as an Agent of Change</i>, 130.</li>' +
        '<li value="2"><p>Scribes kept copying <em>after</em> print, <a href="https://example.org/scribes">for decades</a>.</p></li>' +
        '<li value="3">Bacon, <i>Novum Organum</i>, sec. 129.</li>' +
        '<li value="4"><p>A second thought.</p></li></ol>',
    )
  })

  it('puts the footnotes’ text after the script’s in its plain text (search, reading time)', () => {
    expect(plainText(post.content)).toBe('Print fixed texts and scribes complained.\nThree inventions\nScholars argued at length\nScribes kept copying after print, for decades.\nA second thought.')
  })
})
