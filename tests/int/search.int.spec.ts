import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { citationNode, heading, lexicalDocument, paragraph } from '../helpers/lexical'
import { testPayload, unique } from './payload'

let payload: Payload
// Imported after testPayload(): the data layer reads the Payload config, which needs the test environment.
let searchPosts: typeof import('@/lib/data/search').searchPosts
const word = unique('zanzibarite').replace(/[^a-z]/g, '')

beforeAll(async () => {
  payload = await testPayload()
  ;({ searchPosts } = await import('@/lib/data/search'))
})

const script = (...sentences: string[]) => lexicalDocument(heading('h2', 'Opening'), ...sentences.map((sentence) => paragraph(sentence)))

describe('full-text search over published posts', () => {
  it('finds a phrase from the middle of a post, ranked, with a highlighted snippet', async () => {
    const title = unique('Searchable script')
    await payload.create({
      collection: 'posts',
      data: {
        title,
        content: script('The first paragraph is about abbeys.', `Copyists in Mainz feared the ${word} presses would ruin careful reading.`, 'The last paragraph is about cathedrals.'),
        _status: 'published',
      },
    })
    const results = await searchPosts(`"${word} presses"`)
    expect(results.total).toBe(1)
    expect(results.hits[0]).toMatchObject({ title })
    expect(results.hits[0].snippetHtml).toContain(`<mark>${word}</mark> <mark>presses</mark>`)
    // English stemming: "press" matches "presses".
    expect((await searchPosts(`${word} press`)).total).toBe(1)
  })

  it('never finds drafts, nor the unpublished changes of a published post', async () => {
    const draftWord = `${word}draft`
    await payload.create({ collection: 'posts', data: { title: unique('Draft'), content: script(`A ${draftWord} sentence.`) }, draft: true })
    expect((await searchPosts(draftWord)).total).toBe(0)

    const published = await payload.create({ collection: 'posts', data: { title: unique('Published'), content: script('Nothing special.'), _status: 'published' } })
    await payload.update({ collection: 'posts', id: published.id, data: { content: script(`Now with ${draftWord}.`) }, draft: true })
    expect((await searchPosts(draftWord)).total).toBe(0)
  })

  it('finds a post by the title or author of a source it cites', async () => {
    const author = `Quillfeather${word}`
    const source = await payload.create({ collection: 'sources', data: { type: 'book', title: `The Lost Codex ${word}`, authors: [{ family: author, given: 'Ada' }] } })
    const title = unique('Citing')
    await payload.create({ collection: 'posts', data: { title, content: lexicalDocument(paragraph('A claim', citationNode(source.id, '3'))), _status: 'published' } })
    expect((await searchPosts(author)).hits.map((hit) => hit.title)).toEqual([title])
  })

  it.each([
    ['empty', ''],
    ['a lone quote', '"'],
    ['dangling operator', 'printing OR'],
    ['only a minus', '-'],
    ['SQL-looking', "'; DROP TABLE posts; --"],
    ['emoji', '📚 🖨️'],
    ['control characters', 'a\u0000b\u0007c'],
    ['very long', 'print '.repeat(2000)],
  ])('answers %s queries normally', async (_name, query) => {
    const results = await searchPosts(query)
    expect(Array.isArray(results.hits)).toBe(true)
    expect(results.query.length).toBeLessThanOrEqual(200)
  })
})
