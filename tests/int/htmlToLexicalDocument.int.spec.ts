/**
 * The import converts each post in a document of one shared jsdom window (htmlToLexical.ts) rather
 * than a new window per post: the Lexical it produces must be what richtext-lexical's converter
 * gives with a window of its own, for every item of the shared exports and for markup a full page
 * parse treats specially (head elements, a whole html document, comments, tables).
 */
import { convertHTMLToLexical } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { contentPieces } from '@/lib/import/wordpress/contentPieces'
import { htmlToLexical, readingEditorConfig } from '@/lib/import/wordpress/htmlToLexical'
import { readWxr } from '@/lib/import/wordpress/readWxr'

import { sharedFixturePath } from '../helpers/sharedFixtures'
import { testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

// Link and upload nodes get fresh random ids at each conversion: they are compared as present, not by value.
const withoutIds = (state: unknown) => JSON.parse(JSON.stringify(state, (key, value) => ((key === 'id' || key === 'formID') && typeof value === 'string' ? 'an id' : value)))

/** The converter as richtext-lexical documents it: a new JSDOM window for the one conversion. */
async function withOwnWindow(html: string) {
  return withoutIds(convertHTMLToLexical({ editorConfig: await readingEditorConfig(payload.config), html, JSDOM }))
}
const inSharedWindow = async (html: string) => withoutIds(await htmlToLexical(html, payload.config))

const TRICKY = [
  '<style>p { color: red }</style><p>Styled by a sheet.</p>',
  '<title>A title in the body</title><meta name="x" content="y"><p>After head elements.</p>',
  '<!DOCTYPE html><html><head><title>Whole page</title></head><body><h2>Heading</h2><p>Body <strong>text</strong>.</p></body></html>',
  '<!-- a comment --><p>Text <!-- inside --> with comments.</p>',
  '<table><tr><td>cell</td></tr></table><p>after a table</p>',
  '<ul><li>one<ul><li>nested</li></ul></li></ul><ol><li>two</li></ol>',
  '<p>An image <img src="https://example.com/wp-content/uploads/a.jpg" alt="A"> inline</p><hr><blockquote><p>Quoted</p></blockquote>',
  'Loose text, then <p>a paragraph</p> and <a href="https://example.org">a link</a>',
]

describe('HTML to Lexical in a shared window', () => {
  it('gives what a window of its own gives, for tricky markup', async () => {
    for (const html of TRICKY) expect(await inSharedWindow(html), html).toEqual(await withOwnWindow(html))
  })

  it('gives what a window of its own gives, for every post and page of the shared exports', async () => {
    const exports = ['wxr/themeunittestdata.wordpress.xml', 'wxr/64-block-test-data.xml', 'wxr/wxr-utf-8-challenges.xml', 'wxr/small-export.xml']
    let compared = 0
    for (const relative of exports) {
      const file = sharedFixturePath(relative)
      if (!file) return
      for (const item of (await readWxr(file)).items) {
        if (item.type !== 'post' && item.type !== 'page') continue
        const html = contentPieces(item.content)
          .pieces.map((piece) => (piece.kind === 'html' ? piece.html : ''))
          .join('')
        expect(await inSharedWindow(html), `${relative} item ${item.id}`).toEqual(await withOwnWindow(html))
        compared++
      }
    }
    // The theme unit test data alone has some forty posts and pages.
    expect(compared).toBeGreaterThan(40)
  }, 120_000)
})
