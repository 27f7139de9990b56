/**
 * WordPress 6.3+ footnotes through the whole import on a real PostgreSQL: our own small export, its
 * post's Footnote blocks (formatting and links in the notes kept) numbered and rendered with the
 * citations' notes, and its page's footnotes kept as a numbered list with a warning.
 */
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createElement, Fragment } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { buildApparatus } from '@/lib/citations/apparatus'
import { postFeedHtml } from '@/lib/feeds/postHtml'
import { importWordPress } from '@/lib/import/wordpress/importWordPress'
import { redirectsChanged } from '@/lib/redirects/redirectTable'
import type { Page, Post } from '@/payload-types'

import { testPayload } from './payload'

let payload: Payload
const EXPORT = path.resolve(import.meta.dirname, '../fixtures/wordpress/footnotes-export.xml')
const HOST = 'footnotes.example.com'

beforeAll(async () => {
  payload = await testPayload()
})

/** Removes what this file's import writes (and nothing else), so the other test files see the database as before. */
async function cleanUp() {
  for (const collection of ['posts', 'pages'] as const) await payload.delete({ collection, where: { wordpressId: { like: `@${HOST}` } }, overrideAccess: true })
  await payload.delete({
    collection: 'redirects',
    where: { or: [{ from: { in: ['/?p=9201', '/?page_id=9202', '/?p=9202'] } }, { from: { like: 'copying-after-print' } }, { from: { like: 'about-the-notes' } }] },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'import-runs', where: { file: { equals: 'footnotes-export.xml' } }, overrideAccess: true })
  redirectsChanged()
}

beforeEach(cleanUp)
afterAll(cleanUp)

const find = async <T extends 'posts' | 'pages'>(collection: T, id: string, depth = 0) =>
  (await payload.find({ collection, where: { wordpressId: { equals: `${id}@${HOST}` } }, depth, overrideAccess: true, draft: true })).docs[0]

type LexicalNode = { type: string; text?: string; format?: number | string; tag?: string; children?: LexicalNode[]; fields?: Record<string, unknown> }
const text = (value: string, format = 0) => expect.objectContaining({ type: 'text', text: value, format })
const noteOf = (node: LexicalNode) => (node.fields?.note as { root: { children: LexicalNode[] } }).root.children
const footnotes = (content: { root: { children: unknown[] } }) =>
  (content.root.children as LexicalNode[]).flatMap((block) => (block.children ?? []).filter((node) => node.type === 'inlineBlock' && node.fields?.blockType === 'footnote'))

describe('importing WordPress footnotes', () => {
  it('makes each footnote of a post a Footnote block where its mark stood, its note’s italics and link kept', async () => {
    const { report } = await importWordPress(payload, EXPORT)
    expect(report.warnings).toEqual(['In “About the Notes”, the footnote is kept as a numbered list at the end: pages have no Footnote block.'])

    const post = (await find('posts', '9201')) as Post
    const [first, heading, second] = post.content.root.children as LexicalNode[]
    expect(first.children).toEqual([text('Scribes kept copying'), expect.objectContaining({ type: 'inlineBlock' }), text(' long after print.')])
    expect(heading).toMatchObject({ type: 'heading', tag: 'h2', children: [{ text: 'Why they kept at it' }] })
    expect(second.children).toEqual([text('Patrons wanted '), text('handsome', 2), text(' books'), expect.objectContaining({ type: 'inlineBlock' }), text(', and printed ones were not yet that.')])

    const notes = footnotes(post.content)
    expect(notes).toEqual([first.children![1], second.children![3]])
    expect(notes.map((node) => node.fields?.id)).toEqual([expect.stringMatching(/^[0-9a-f]{24}$/), expect.stringMatching(/^[0-9a-f]{24}$/)])
    expect(noteOf(notes[0])).toEqual([
      expect.objectContaining({
        type: 'paragraph',
        children: [
          text('Monasteries copied for '),
          text('centuries', 2),
          text(' after Gutenberg; see '),
          expect.objectContaining({ type: 'link', fields: expect.objectContaining({ linkType: 'custom', url: 'https://example.org/scriptoria' }), children: [text('the survey of scriptoria')] }),
          text('.'),
        ],
      }),
    ])
    expect(noteOf(notes[1])).toEqual([expect.objectContaining({ type: 'paragraph', children: [text('Printed books were plain until the 1490s.')] })])
    // No marker characters are left anywhere, and the footnotes block added nothing of its own.
    expect(JSON.stringify(post.content)).not.toMatch(/[\uE000-\uE002]/)
    expect(post.content.root.children).toHaveLength(3)
    // The notes are searchable.
    expect(post.searchText).toContain('Monasteries copied for centuries after Gutenberg; see the survey of scriptoria.')

    // An editor saving the post again passes the editor's validation (publishing validates).
    const saved = await payload.update({ collection: 'posts', id: post.id, data: { content: post.content, _status: 'published' }, overrideAccess: true, depth: 0 })
    expect(footnotes(saved.content)).toHaveLength(2)
  })

  it('numbers the footnotes and renders them as marks linking to notes that link back, on the page and in feeds', async () => {
    await importWordPress(payload, EXPORT)
    const post = (await find('posts', '9201', 1)) as Post
    const [first, second] = footnotes(post.content).map((node) => String(node.fields?.id))
    const apparatus = buildApparatus(post, 'chicago-note-bibliography', 'html')
    expect([apparatus.footnotes.get(first), apparatus.footnotes.get(second)]).toEqual([
      { number: 1, refId: `ref-${first}` },
      { number: 2, refId: `ref-${second}` },
    ])

    // The page's components read the site's data module, which needs Payload's configuration: loaded once it is set up.
    const { RichText } = await import('@/components/richtext/RichText')
    const { NotesSection } = await import('@/components/citations/NotesSection')
    const page = renderToStaticMarkup(createElement(Fragment, null, createElement(RichText, { data: post.content, apparatus }), createElement(NotesSection, { notes: apparatus.allNotes })))
    expect(page).toContain(`<p>Scribes kept copying<sup class="note-ref"><a href="#note-1" id="ref-${first}" aria-label="Note 1" aria-describedby="notes-heading">1</a></sup> long after print.</p>`)
    expect(page).toContain(`books<sup class="note-ref"><a href="#note-2" id="ref-${second}" aria-label="Note 2" aria-describedby="notes-heading">2</a></sup>, and`)
    expect(page).toContain(
      `<li id="note-1" value="1"><div class="notes__footnote"><p>Monasteries copied for <em>centuries</em> after Gutenberg; see <a href="https://example.org/scriptoria" rel="noopener noreferrer">the survey of scriptoria</a>. <a href="#ref-${first}" class="notes__back" aria-label="Back to footnote 1">↩</a></p></div></li>`,
    )
    expect(page).toContain(
      `<li id="note-2" value="2"><div class="notes__footnote"><p>Printed books were plain until the 1490s. <a href="#ref-${second}" class="notes__back" aria-label="Back to footnote 2">↩</a></p></div></li>`,
    )

    const feed = postFeedHtml(post, 'https://essays.example', 'chicago-note-bibliography')
    expect(feed).toContain('<p>Scribes kept copying<sup>1</sup> long after print.</p>')
    expect(feed).toContain(
      '<h2>Notes</h2><ol><li value="1"><p>Monasteries copied for <em>centuries</em> after Gutenberg; see <a href="https://example.org/scriptoria">the survey of scriptoria</a>.</p></li>' +
        '<li value="2"><p>Printed books were plain until the 1490s.</p></li></ol>',
    )
  })

  it('keeps a page’s footnotes as superscript numbers and a numbered list at the end (pages have no Footnote block)', async () => {
    await importWordPress(payload, EXPORT)
    const page = (await find('pages', '9202')) as Page
    const [paragraph, list] = page.content.root.children as LexicalNode[]
    expect(paragraph.children).toEqual([text('Every essay here is sourced'), text('1', 64), text('.')])
    expect(list).toMatchObject({ type: 'list', tag: 'ol', children: [{ type: 'listitem', children: [{ text: 'Sources are listed at the end of each essay.' }] }] })
    expect(page.content.root.children).toHaveLength(2)
  })
})
