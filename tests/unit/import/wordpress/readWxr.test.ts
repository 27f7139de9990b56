/**
 * The WXR reader against the real exports in ../shared/fixtures/wxr (read in place; expected
 * figures are the ones its README gives, counted there with Python's xml.etree).
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { readWxr } from '@/lib/import/wordpress/readWxr'
import type { WxrExport } from '@/lib/import/wordpress/wxrTypes'

import { sharedFixturePath } from '../../../helpers/sharedFixtures'

// ../shared/fixtures/wxr, found by tests/helpers/sharedFixtures from its own location: null (these
// tests skip, with a warning) when ../shared is absent, an error under CI.
const wxrFolder = sharedFixturePath('wxr')
const fixture = (name: string) => path.join(wxrFolder!, name)
const count = (wxr: WxrExport, type: string) => wxr.items.filter((item) => item.type === type).length
const terms = (wxr: WxrExport, taxonomy: string) => wxr.terms.filter((term) => term.taxonomy === taxonomy).length
const comments = (wxr: WxrExport) => wxr.items.reduce((total, item) => total + item.comments, 0)
const meta = (wxr: WxrExport) => wxr.items.reduce((total, item) => total + item.meta.length, 0)

type Counts = { version: string; posts: number; pages: number; attachments: number; categories: number; tags: number; allTerms: number; authors: number; comments: number; meta: number }

// Categories and tags include the duplicate wp:term entries the README lists beside them.
const EXPECTED: [string, Counts][] = [
  ['themeunittestdata.wordpress.xml', { version: '1.2', posts: 58, pages: 21, attachments: 37, categories: 69, tags: 110, allTerms: 185, authors: 2, comments: 33, meta: 737 }],
  ['64-block-test-data.xml', { version: '1.2', posts: 61, pages: 1, attachments: 9, categories: 14, tags: 8, allTerms: 24, authors: 2, comments: 2, meta: 14 }],
  ['small-export.xml', { version: '1.1', posts: 6, pages: 5, attachments: 0, categories: 30, tags: 3, allTerms: 33, authors: 3, comments: 1, meta: 17 }],
  ['valid-wxr-1.1.xml', { version: '1.1', posts: 1, pages: 1, attachments: 0, categories: 1, tags: 1, allTerms: 3, authors: 1, comments: 1, meta: 1 }],
  ['wxr-utf-8-challenges.xml', { version: '1.2', posts: 1, pages: 0, attachments: 0, categories: 0, tags: 0, allTerms: 0, authors: 1, comments: 0, meta: 5 }],
  ['slashes.xml', { version: '1.1', posts: 1, pages: 0, attachments: 0, categories: 1, tags: 1, allTerms: 2, authors: 1, comments: 1, meta: 1 }],
  ['crazy-cdata-escaped.xml', { version: '1.1', posts: 1, pages: 0, attachments: 0, categories: 0, tags: 0, allTerms: 0, authors: 0, comments: 0, meta: 3 }],
]

const BROKEN: [string, string][] = [
  ['crazy-cdata.xml', 'crazy-cdata.xml is not well-formed XML: the string "]]>" is disallowed in char data. (line 18, column 72)'],
  ['malformed.xml', 'malformed.xml is not well-formed XML: unexpected close tag. (line 90, column 10)'],
]

const FILES = [
  '64-block-test-data.xml',
  'crazy-cdata-escaped.xml',
  'crazy-cdata.xml',
  'malformed.xml',
  'slashes.xml',
  'small-export.xml',
  'themeunittestdata.wordpress.xml',
  'valid-wxr-1.1.xml',
  'wxr-utf-8-challenges.xml',
]

describe.skipIf(!wxrFolder)('readWxr on the shared WordPress exports', () => {
  it('has the 9 exports listed here, each read by a case below: 7 well-formed, 2 broken', () => {
    expect(readdirSync(wxrFolder!).filter((name) => name.endsWith('.xml')).sort()).toEqual(FILES)
    expect([...EXPECTED, ...BROKEN].map(([name]) => name).sort()).toEqual(FILES)
  })

  it.each(EXPECTED)('%s: every item, term, author, comment and meta row', async (name, expected) => {
    const file = fixture(name)
    const wxr = await readWxr(file)
    expect({
      version: wxr.wxrVersion,
      posts: count(wxr, 'post'),
      pages: count(wxr, 'page'),
      attachments: count(wxr, 'attachment'),
      categories: terms(wxr, 'category'),
      tags: terms(wxr, 'post_tag'),
      allTerms: wxr.terms.length,
      authors: wxr.authors.length,
      comments: comments(wxr),
      meta: meta(wxr),
    }).toEqual(expected)
  })

  it('reads the https namespaces of the theme unit test data, with its statuses and password', async () => {
    const file = fixture('themeunittestdata.wordpress.xml')
    const wxr = await readWxr(file)
    const statuses = wxr.items.reduce<Record<string, number>>((all, item) => ({ ...all, [item.status]: (all[item.status] ?? 0) + 1 }), {})
    expect(statuses).toEqual({ publish: 147, inherit: 37, future: 1, draft: 1 })
    const protectedPost = wxr.items.find((item) => item.password !== '')
    expect(protectedPost?.title).toBe('Template: Password Protected (the password is "enter")')
    expect(protectedPost?.password).toBe('enter')
    expect(wxr.items.filter((item) => item.sticky).map((item) => item.title)).toEqual(['Template: Sticky'])
  })

  it('keeps CDATA split around "]]>" exactly as the importer’s own tests expect', async () => {
    const file = fixture('crazy-cdata-escaped.xml')
    const [item] = (await readWxr(file)).items
    expect(item.content).toBe('Content with nested <![CDATA[ tags ]]> :)')
    expect(item.meta.map((row) => row.value)).toEqual(['Foo', ']]>', 'This has <![CDATA[ opening and ]]> closing <![CDATA[ tags like this: ]]>'])
  })

  it('keeps bidi controls, emoji and CDATA character references byte-exact (decoded once, only outside CDATA)', async () => {
    const file = fixture('wxr-utf-8-challenges.xml')
    const wxr = await readWxr(file)
    expect(wxr.site.title).toBe('My WordPress Website 🚀 \u202E\u202Dمرحبا')
    expect(wxr.items[0].title).toBe('"The Road \u202ENot\u202C Taken" by Rob\u202Dert \u202EFrost \u202A🌲\u202C')
    expect(wxr.site.description).toContain('\u00A0')
    expect(wxr.items[0].content).toContain('&#xD800;&#xDC00;')
  })

  it('keeps backslashes as written', async () => {
    const file = fixture('slashes.xml')
    const wxr = await readWxr(file)
    expect(wxr.items[0].content).toBe('Slashes aren\\\'t \\"cool\\"')
    expect(wxr.terms.map((term) => term.name).sort()).toEqual(['a \\"great\\" category', 'foo\\\'bar'])
  })

  it.each(BROKEN)('refuses %s with the line and column where parsing stopped', async (name, message) => {
    const file = fixture(name)
    await expect(readWxr(file)).rejects.toThrow(message)
  })
})

describe('readWxr on files that are not WordPress exports', () => {
  const write = (xml: string) => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-')), 'export.xml')
    writeFileSync(file, xml)
    return file
  }

  it('refuses another root element, an RSS feed without wp:wxr_version, and an unknown version', async () => {
    await expect(readWxr(write('<?xml version="1.0"?><html><body/></html>'))).rejects.toThrow('export.xml is not a WordPress export: its root element is <html>, not <rss>. (line 1, column 27)')
    await expect(readWxr(write('<?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title></channel></rss>'))).rejects.toThrow(
      'export.xml is not a WordPress export: it has no wp:wxr_version (export it again from Tools → Export in WordPress).',
    )
    await expect(
      readWxr(write('<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>abc</wp:wxr_version></channel></rss>')),
    ).rejects.toThrow('export.xml is not a WordPress export this importer reads: wp:wxr_version is "abc" (1.0, 1.1 or 1.2 expected).')
  })
})
