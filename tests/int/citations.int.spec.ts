import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { heading, lexicalDocument, paragraph } from '../helpers/lexical'
import { expectFieldError, testPayload, unique } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const newSource = (fields: Record<string, unknown> = {}) =>
  payload.create({ collection: 'sources', data: { type: 'book', title: unique('A Book'), authors: [{ family: 'Author', given: 'Ann' }], issued: { year: 1990 }, ...fields } })

const citation = (source: number, locator = '12') => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: unique('cite').replace(/-/g, ''), blockName: '', blockType: 'citation', source, label: 'page', locator },
})

const quotation = (source: number, quote: string) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: {
    id: unique('quote').replace(/-/g, ''),
    blockName: '',
    blockType: 'quotation',
    quote: lexicalDocument(paragraph(quote)),
    attribution: 'She wrote:',
    source,
    label: 'page',
    locator: '216',
  },
})

describe('posts record the sources they cite', () => {
  it('from inline citations, quotations and the SOURCES list, once each', async () => {
    const [a, b, c] = [await newSource(), await newSource(), await newSource()]
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: unique('Cites'),
        content: lexicalDocument(heading('h2', 'Part'), paragraph('Claim', citation(a.id)), quotation(b.id, 'A quote.'), paragraph('Again', citation(a.id, '14'))),
        sources: [{ source: c.id, annotation: 'Background.' }, { source: a.id }],
      },
      draft: true,
    })
    expect(post.citedSources?.map((source) => (typeof source === 'object' ? source.id : source)).sort()).toEqual([a.id, b.id, c.id].sort())
    const cited = await payload.find({ collection: 'posts', where: { citedSources: { in: [b.id] } }, draft: true, depth: 0 })
    expect(cited.docs.map((doc) => doc.id)).toEqual([post.id])
    // Counted once published, not before (the count is public), nor for a newer draft's citations.
    expect((await payload.findByID({ collection: 'sources', id: a.id })).citationCount).toBe(0)
    await payload.update({ collection: 'posts', id: post.id, data: { _status: 'published' } })
    expect((await payload.findByID({ collection: 'sources', id: a.id })).citationCount).toBe(1)
    const d = await newSource()
    await payload.update({ collection: 'posts', id: post.id, data: { content: lexicalDocument(paragraph('Draft claim', citation(d.id))) }, draft: true })
    expect((await payload.findByID({ collection: 'sources', id: d.id })).citationCount).toBe(0)
    const anonymous = await payload.find({ collection: 'sources', where: { id: { in: [a.id, d.id] } }, overrideAccess: false, user: null, sort: 'id' })
    expect(anonymous.docs.map((source) => source.citationCount)).toEqual([1, 0])
  })

  it('refuse a citation without a source', async () => {
    const broken = { ...citation(1), fields: { ...citation(1).fields, source: null } }
    await expectFieldError(
      payload.create({ collection: 'posts', data: { title: unique('Broken'), content: lexicalDocument(paragraph('x', broken)), _status: 'published' } }),
      'content.source',
      /required/i,
    )
  })
})

describe('sources', () => {
  it('cannot be deleted while published posts cite them; the error names the posts', async () => {
    const source = await newSource()
    const title = unique('Citing post')
    await payload.create({ collection: 'posts', data: { title, content: lexicalDocument(paragraph('x', citation(source.id))), _status: 'published' } })
    const error = await payload.delete({ collection: 'sources', id: source.id }).catch((caught: { status?: number; message?: string }) => caught)
    expect(error).toMatchObject({ status: 409 })
    expect((error as { message: string }).message).toBe(`This source is cited by 1 published post: “${title}”. Remove those citations first.`)
    expect(await payload.findByID({ collection: 'sources', id: source.id })).toBeTruthy()

    const unused = await newSource()
    await payload.delete({ collection: 'sources', id: unused.id })
    expect(await payload.find({ collection: 'sources', where: { id: { equals: unused.id } } })).toMatchObject({ totalDocs: 0 })
  })

  it('saved with the same authors, title and year as another come back with a duplicate warning', async () => {
    const title = unique('Twenty Letters to a Friend')
    const first = await newSource({ title, authors: [{ family: 'Alliluyeva', given: 'Svetlana' }], issued: { year: 1967 } })
    const second = await newSource({ slug: unique('second-copy'), title: `  ${title.toUpperCase()}!`, authors: [{ family: 'ALLILUYEVA', given: 'S.' }], issued: { year: 1967 } })
    // Array rows carry Payload's row id besides the duplicate's id and title.
    expect(second.possibleDuplicates).toEqual([expect.objectContaining({ sourceId: first.id, title })])
    expect(second.citationLabel).toBe(`ALLILUYEVA — ${title.toUpperCase()}! (1967)`)
    const other = await newSource({ slug: unique('later-edition'), title, authors: [{ family: 'Alliluyeva' }], issued: { year: 1984 } })
    expect(other.possibleDuplicates).toEqual([])
  })

  it('check ISBN checksums, DOI syntax and years, with reasons', async () => {
    expect((await newSource({ isbn: '978-0-521-29955-8', doi: '10.1017/CBO9780511622656' })).isbn).toBe('978-0-521-29955-8')
    await expectFieldError(newSource({ isbn: '978-0-521-29955-9' }), 'isbn', /not a valid ISBN/)
    await expectFieldError(newSource({ doi: 'https://doi.org/10.1017/x' }), 'doi', /not its https:\/\/doi.org\/ link/)
    await expectFieldError(newSource({ doi: '11.1017/x' }), 'doi', /is not a DOI/)
    await expectFieldError(newSource({ issued: { year: 20201 } }), 'issued.year', /A year between -3000 and/)
    await expectFieldError(newSource({ url: 'javascript:alert(1)' }), 'url', /^Only http:\/\/ and https:\/\/ links are allowed \(got "javascript:"\)\.$/)
  })
})

describe('citation facts', () => {
  it('are computed for a source read directly, not for one populated inside a post', async () => {
    const source = await newSource()
    const post = await payload.create({ collection: 'posts', data: { title: unique('Cites'), content: lexicalDocument(paragraph('x', citation(source.id))), _status: 'published' } })
    expect((await payload.findByID({ collection: 'sources', id: source.id })).citationCount).toBe(1)
    const read = await payload.findByID({ collection: 'posts', id: post.id, depth: 1 })
    const populated = read.citedSources?.[0]
    expect(typeof populated === 'object' && populated?.id).toBe(source.id)
    expect(typeof populated === 'object' ? populated.citationCount : 'unpopulated').toBeUndefined()
  })
})
