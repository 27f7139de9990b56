/** Link addresses are checked when a post is saved: in its text, in a quotation's quote and in a footnote. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { footnoteNode, lexicalDocument, linkNode, paragraph, quotationOf } from '../helpers/lexical'
import { expectFieldError, testPayload, unique } from './payload'

let payload: Payload
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

beforeAll(async () => {
  payload = await testPayload()
})

const save = (...children: Record<string, unknown>[]) => payload.create({ collection: 'posts', data: { title: unique('Links'), content: lexicalDocument(...children), _status: 'published' } })

describe('a link address is refused at save unless it is a site path or an http(s)/mailto address', () => {
  it.each([
    ['javascript:alert(1)', 'Links may only be https://, http:// or mailto: addresses or paths on this site, not javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'Links may only be https://, http:// or mailto: addresses or paths on this site, not data:'],
    ['/\\evil.example', 'A link address uses / and never \\ (browsers read \\ as /, which can point it at another site).'],
    ['/\t/evil.example', 'A link address cannot contain tabs, line breaks or other control characters.'],
    ['//evil.example', 'An address starting with // leaves the site: write it in full, with https://.'],
  ])('%j in the text, in a quotation, in a footnote and on a page', async (url, problem) => {
    const message = (label: string) => new RegExp(`^${escape(`The link “${label}” (${JSON.stringify(url)}): ${problem}`)}$`)
    await expectFieldError(save(paragraph('See ', linkNode(url, 'this'))), 'content', message('this'))
    const source = await payload.create({ collection: 'sources', data: { type: 'book', title: unique('Quoted'), authors: [{ family: 'Author', given: 'Ann' }] } })
    await expectFieldError(save(quotationOf(source.id, paragraph('Quoted ', linkNode(url, 'that')))), 'content', message('that'))
    await expectFieldError(save(paragraph('Noted', footnoteNode(paragraph('See ', linkNode(url, 'there'))))), 'content', message('there'))
    await expectFieldError(
      payload.create({ collection: 'pages', data: { title: unique('Page'), content: lexicalDocument(paragraph(linkNode(url, 'away'))), _status: 'published' } }),
      'content',
      message('away'),
    )
  })

  it('saves site paths and web and mail addresses as written', async () => {
    const urls = ['/posts/x', '#notes', 'https://example.org/a?b=c', 'mailto:ada@example.com', 'http://localhost:3000/about']
    const post = await save(paragraph(...urls.map((url, index) => linkNode(url, `link ${index}`))))
    // Payload's own hook stored `#notes` as `%23notes` and a localhost address percent-encoded: links to nowhere.
    const stored = (post.content.root.children[0] as unknown as { children: { fields: { url: string } }[] }).children.map((node) => node.fields.url)
    expect(stored).toEqual(urls)
    await payload.delete({ collection: 'posts', id: post.id })
  })
})
