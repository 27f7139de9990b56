/**
 * Inline citations through the whole WordPress import on a real PostgreSQL: our own small export,
 * its Citation nodes tied to the sources they name, the post's cited sources and its numbered
 * notes, the SOURCES list read as written, and a bare locator with nothing before it reported.
 */
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { buildApparatus } from '@/lib/citations/apparatus'
import { importWordPress } from '@/lib/import/wordpress/importWordPress'
import { redirectsChanged } from '@/lib/redirects/redirectTable'
import type { Post, Source } from '@/payload-types'

import { testPayload } from './payload'

let payload: Payload
const EXPORT = path.resolve(import.meta.dirname, '../fixtures/wordpress/inline-citations-export.xml')
const HOST = 'inline.example.com'
const CREATED_NOTES = [
  'Created by the WordPress import from the citation “M. Clanchy: From Memory to Written Record”.',
  'Created by the WordPress import from the citation “A. Johns: The Nature of the Book”.',
]

beforeAll(async () => {
  payload = await testPayload()
})

/** Removes what this file's import writes (and nothing else), so the other test files see the database as before. */
async function cleanUp() {
  await payload.delete({ collection: 'posts', where: { wordpressId: { like: `@${HOST}` } }, overrideAccess: true })
  await payload.delete({ collection: 'sources', where: { note: { in: CREATED_NOTES } }, overrideAccess: true })
  await payload.delete({
    collection: 'redirects',
    where: { or: [{ from: { in: ['/?p=9101', '/?p=9102'] } }, { from: { like: 'trusting-the-written-record' } }, { from: { like: 'a-stray-note' } }] },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'import-runs', where: { file: { equals: 'inline-citations-export.xml' } }, overrideAccess: true })
  redirectsChanged()
}

beforeEach(cleanUp)
afterAll(cleanUp)

type LexicalNode = { type: string; text?: string; format?: number; children?: LexicalNode[]; fields?: { blockType?: string; source?: number; label?: string; locator?: string } }

const post = async (wordpressId: string, depth = 0) =>
  (await payload.find({ collection: 'posts', where: { wordpressId: { equals: `${wordpressId}@${HOST}` } }, depth, overrideAccess: true, draft: true })).docs[0] as Post

describe('importing inline citations', () => {
  it('turns citations in running text into Citation nodes tied to their sources, sharing the previous source with quotations', async () => {
    const { report } = await importWordPress(payload, EXPORT)
    expect(report.warnings).toEqual(['In “A Stray Note”, the citation “(p. 5)” refers to an earlier source, but none came before it: kept as text.'])

    const script = await post('9101')
    const { docs: created } = await payload.find({ collection: 'sources', where: { note: { in: CREATED_NOTES } }, depth: 0, overrideAccess: true })
    const titleOf = new Map(created.map((source) => [source.id, `${source.authors?.[0]?.family}: ${source.title}`]))
    expect([...titleOf.values()].sort()).toEqual(['Clanchy: From Memory to Written Record', 'Johns: The Nature of the Book'])

    // Each node as a short line: text with its format number, citations and quotations with source and locator.
    const describe = (node: LexicalNode): string =>
      node.type === 'text'
        ? `${node.format ? `[${node.format}]` : ''}${node.text}`
        : node.type === 'inlineBlock' || node.type === 'block'
          ? `{${node.fields?.blockType} ${titleOf.get(node.fields?.source ?? -1)} ${node.fields?.label} ${node.fields?.locator}}`
          : `${node.type}: ${(node.children ?? []).map(describe).join(' | ')}`
    expect((script.content.root.children as LexicalNode[]).map(describe)).toEqual([
      'paragraph: Writing was not trusted at once. As Clanchy shows | {citation Clanchy: From Memory to Written Record page 185} | , a charter had to be seen to be believed; a seal counted  | [1]above all | {citation Clanchy: From Memory to Written Record page 120–22} | .',
      '{quotation Johns: The Nature of the Book page 30}',
      // After the quotation, a bare locator is the quotation's source; prose parentheses stay as they were.
      'paragraph: Johns returns to it | {citation Johns: The Nature of the Book page 58} | , though the Revolution (1917) is another story (see below).',
      'list: listitem: Piracy, not print, made the trouble | {citation Johns: The Nature of the Book chapter 3} | .',
    ])

    // The SOURCES list became the post's Sources with its annotations word for word, parentheses and all.
    expect((script.sources ?? []).map((row) => [titleOf.get(row.source as number), row.annotation])).toEqual([
      ['Clanchy: From Memory to Written Record', 'The long trust in seals (p. 185 above all).'],
      ['Johns: The Nature of the Book', 'Quoted at length (p. 30).'],
    ])

    // Saved citations fill citedSources, and the page numbers them as notes by first appearance.
    const clanchy = created.find((source) => source.title === 'From Memory to Written Record')!.id
    const johns = created.find((source) => source.title === 'The Nature of the Book')!.id
    expect([...(script.citedSources as number[])].sort()).toEqual([clanchy, johns].sort())
    const withSources = await post('9101', 1)
    expect((withSources.citedSources as Source[]).map((source) => source.id).sort()).toEqual([clanchy, johns].sort())
    const apparatus = buildApparatus(withSources, 'chicago-note-bibliography', 'text')
    expect([...apparatus.marks.values()].map((mark) => mark.number)).toEqual([1, 1, 2, 2, 2])
    const citationNotes = apparatus.notes.flatMap((note) => ('sourceId' in note ? [note] : []))
    expect(citationNotes.map((note) => [note.number, titleOf.get(note.sourceId), note.uses.length])).toEqual([
      [1, 'Clanchy: From Memory to Written Record', 2],
      [2, 'Johns: The Nature of the Book', 3],
    ])
    expect(citationNotes[0].uses.map((use) => use.text)).toEqual(['Clanchy, From Memory to Written Record, 185.', 'Clanchy, 120–22.'])
  })

  it('keeps a bare locator with no source before it as text, word for word', async () => {
    await importWordPress(payload, EXPORT)
    const stray = await post('9102')
    expect(stray.content.root.children).toMatchObject([{ type: 'paragraph', children: [{ type: 'text', text: 'A stray note (p. 5) with nothing before it.' }] }])
    expect(stray.content.root.children[0].children).toHaveLength(1)
    expect(stray.citedSources ?? []).toEqual([])
  })
})
