/**
 * Hostile HTML in a WordPress export (every 'html' vector of ../shared/fixtures/xss-vectors.json,
 * one post each) is imported, saved and rendered by both of the site's renderers (the page's React
 * converters and the feeds' HTML converters): no script element, event handler, frame, or
 * javascript:/vbscript:/data: address survives anywhere; the benign controls keep their words.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { JSDOM } from 'jsdom'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importWordPress } from '@/lib/import/wordpress/importWordPress'
import { lexicalToHtml } from '@/lib/richtext/lexicalToHtml'
import type { Post } from '@/payload-types'

import { readSharedFixture } from '../helpers/sharedFixtures'
import { testPayload } from './payload'

type Vector = { id: string; context: 'html' | 'url'; payload: string; expect: 'neutralize' | 'keep' | 'reject' | 'allow' }
const fixture = readSharedFixture('xss-vectors.json')
const vectors = fixture ? (JSON.parse(fixture).payloads as Vector[]).filter((vector) => vector.context === 'html') : []
const SITE = 'xss.example.com'

let payload: Payload
// Loaded after testPayload(): the component's imports read the environment that sets.
let RichText: typeof import('@/components/richtext/RichText').RichText
const imported = new Map<string, Post>()

// XML 1.0 cannot carry C0 controls other than tab and newlines, not even as references, so no
// WordPress export holds them: they are dropped (which joins `java\0script:` into `javascript:`).
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const cdata = (text: string) => `<![CDATA[${text.replace(XML_ILLEGAL, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`

function writeExport(): string {
  const items = vectors.map(
    (vector, index) => `<item><title>${cdata(`Vector ${vector.id}`)}</title><wp:post_id>${700 + index}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
  <wp:post_name>xss-vector-${vector.id}</wp:post_name><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt><content:encoded>${cdata(vector.payload)}</content:encoded></item>`,
  )
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-xss-')), 'xss-export.xml')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>XSS</title><link>https://${SITE}</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://${SITE}</wp:base_blog_url>
${items.join('\n')}
</channel></rss>`,
  )
  return file
}

async function cleanUp() {
  await payload.delete({ collection: 'posts', where: { wordpressId: { like: `@${SITE}` } }, overrideAccess: true })
  await payload.delete({ collection: 'redirects', where: { from: { like: '/xss-vector-' } }, overrideAccess: true })
  await payload.delete({ collection: 'redirects', where: { from: { like: '/?p=7' } }, overrideAccess: true })
  await payload.delete({ collection: 'import-runs', where: { file: { equals: 'xss-export.xml' } }, overrideAccess: true })
}

beforeAll(async () => {
  payload = await testPayload()
  ;({ RichText } = await import('@/components/richtext/RichText'))
  if (!vectors.length) return
  await cleanUp()
  // Images are never fetched here: a hostile src must not become a request, nor a link.
  await importWordPress(payload, writeExport(), { fetchMedia: false })
  const { docs } = await payload.find({ collection: 'posts', where: { wordpressId: { like: `@${SITE}` } }, pagination: false, depth: 0, overrideAccess: true })
  for (const post of docs) imported.set(post.title.replace('Vector ', ''), post)
})
afterAll(async () => {
  if (payload) await cleanUp()
})

// Written out here rather than taken from the code under test: the addresses an href or src may hold.
const SAFE_ADDRESS = /^(?:https?:\/\/|mailto:|\/(?![/\\])|#|\?)/i
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base', 'form', 'svg', 'math', 'style', 'link', 'meta'])

/** Every way the HTML could run something, as readable findings (an empty list is what passes). */
function activeContent(html: string): string[] {
  const findings: string[] = []
  for (const element of new JSDOM(`<body>${html}</body>`).window.document.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    if (FORBIDDEN_ELEMENTS.has(tag)) findings.push(`<${tag}>`)
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) findings.push(`${tag}[${attribute.name}]`)
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background'].includes(attribute.name) && !SAFE_ADDRESS.test(attribute.value.trim())) {
        findings.push(`${tag}[${attribute.name}=${attribute.value}]`)
      }
    }
  }
  return findings
}

type Node = { type: string; children?: Node[]; fields?: { url?: string }; pending?: unknown }
const links = (nodes: Node[]): string[] => nodes.flatMap((node) => [...(node.type === 'link' || node.type === 'autolink' ? [node.fields?.url ?? ''] : []), ...links(node.children ?? [])])
const pendingUploads = (nodes: Node[]): number => nodes.reduce((total, node) => total + (node.type === 'upload' && node.pending ? 1 : 0) + pendingUploads(node.children ?? []), 0)

describe.skipIf(!fixture)('hostile HTML in a WordPress export', () => {
  it('has the 42 html vectors the fixture pins (39 to neutralise, 3 benign controls), each imported as a post', () => {
    expect(vectors.filter((vector) => vector.expect === 'neutralize')).toHaveLength(39)
    expect(vectors.filter((vector) => vector.expect === 'keep')).toHaveLength(3)
    expect([...imported.keys()].sort()).toEqual(vectors.map((vector) => vector.id).sort())
  })

  it.each(vectors.map((vector) => [vector.id, vector.payload]))('%s is inert when saved and rendered: %s', (id) => {
    const post = imported.get(id)!
    const nodes = (post.content.root.children ?? []) as unknown as Node[]
    expect(links(nodes).filter((url) => !SAFE_ADDRESS.test(url.trim()))).toEqual([])
    expect(pendingUploads(nodes)).toBe(0)
    const state = post.content as unknown as SerializedEditorState
    expect(activeContent(lexicalToHtml(state, 'https://blog.example'))).toEqual([])
    expect(activeContent(renderToStaticMarkup(createElement(RichText, { data: state })))).toEqual([])
  })

  it('keeps the words of the benign control', () => {
    const hello = vectors.find((vector) => vector.payload === '<p>hello</p>')!
    expect(JSON.stringify(imported.get(hello.id)?.content)).toContain('"text":"hello"')
  })
})
