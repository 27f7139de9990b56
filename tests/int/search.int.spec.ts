import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { citationNode, heading, lexicalDocument, paragraph } from '../helpers/lexical'
import { testPayload, unique } from './payload'

let payload: Payload
// Imported after testPayload(): the data layer reads the Payload config, which needs the test environment.
let searchPosts: typeof import('@/lib/data/search').searchPosts
let FULL_RANK_LIMIT: number
const word = unique('zanzibarite').replace(/[^a-z]/g, '')

beforeAll(async () => {
  payload = await testPayload()
  ;({ searchPosts, FULL_RANK_LIMIT } = await import('@/lib/data/search'))
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

  it('ranks a few matches by how often the text has the word; more than FULL_RANK_LIMIT by title and excerpt, then newest', async () => {
    const few = `${word}few`
    const often = await payload.create({ collection: 'posts', data: { title: unique('Often'), content: script(`${few} once.`, `${few} twice.`, `And ${few} a third time.`), publishedAt: '1990-01-01T00:00:00.000Z', _status: 'published' } })
    const once = await payload.create({ collection: 'posts', data: { title: unique('Once'), content: script(`Only one ${few} here.`), publishedAt: '1995-01-01T00:00:00.000Z', _status: 'published' } })
    expect((await searchPosts(few)).hits.map((hit) => hit.id)).toEqual([often.id, once.id])

    const many = `${word}many`
    // The oldest of them, but with the word in its title.
    const titled = await payload.create({ collection: 'posts', data: { title: `About ${many}`, content: script('Nothing else.'), publishedAt: '1800-01-01T00:00:00.000Z', _status: 'published' } })
    const inText: number[] = []
    for (let index = 0; index < FULL_RANK_LIMIT; index++) {
      const day = String(1 + (index % 28)).padStart(2, '0')
      const month = String(1 + Math.floor(index / 28)).padStart(2, '0')
      // Repeated in the older ones: with this many matches, how often no longer ranks.
      const text = index < 100 ? `${many} ${many} ${many} in the text.` : `${many} in the text.`
      inText.push((await payload.create({ collection: 'posts', data: { title: unique('Many'), content: script(text), publishedAt: `1900-${month}-${day}T00:00:00.000Z`, _status: 'published' } })).id)
    }
    const first = await searchPosts(many)
    expect(first.total).toBe(FULL_RANK_LIMIT + 1)
    expect(first.totalPages).toBe(21)
    // inText is oldest first: the title match, then the newest.
    expect(first.hits.map((hit) => hit.id)).toEqual([titled.id, ...inText.slice(-9).reverse()])
    expect((await searchPosts(many, 2)).hits.map((hit) => hit.id)).toEqual(inText.slice(-19, -9).reverse())
    // Past the last page: no hits, the count still there.
    expect(await searchPosts(many, 22)).toMatchObject({ hits: [], total: FULL_RANK_LIMIT + 1, totalPages: 21 })

    // Only a small result reads its matches' full vectors (from TOAST) to rank them.
    expect(await fullVectorReads(few)).toBe(2)
    expect(await fullVectorReads(many)).toBe(0)
  }, 120_000)

  it('highlights a match deep in a long script', async () => {
    const deep = `${word}deep`
    const filler = Array.from({ length: 40 }, (_, index) => `Paragraph ${index} of the opening, about abbeys, cathedrals and the slow copying of books by hand.`)
    await payload.create({ collection: 'posts', data: { title: unique('Deep'), content: script(...filler, `At last the ${deep} appears.`), _status: 'published' } })
    const [hit] = (await searchPosts(deep)).hits
    expect(filler.join(' ').length).toBeGreaterThan(3500)
    expect(hit.snippetHtml).toContain(`the <mark>${deep}</mark> appears`)
  })

  it('finds a post by the title or author of a source it cites', async () => {
    const author = `Quillfeather${word}`
    const source = await payload.create({ collection: 'sources', data: { type: 'book', title: `The Lost Codex ${word}`, authors: [{ family: author, given: 'Ada' }] } })
    const title = unique('Citing')
    await payload.create({ collection: 'posts', data: { title, content: lexicalDocument(paragraph('A claim', citationNode(source.id, '3'))), _status: 'published' } })
    expect((await searchPosts(author)).hits.map((hit) => hit.title)).toEqual([title])
  })

  describe('odd queries are answered, not failed', () => {
    // A word only this block's post holds, so the expected totals do not depend on what other tests wrote.
    const edge = `${word}edge`
    let title: string
    beforeAll(async () => {
      title = unique('Edge cases')
      await payload.create({ collection: 'posts', data: { title, content: script(`Only this post mentions ${edge} at all.`, 'Never drop the table of posts.'), _status: 'published' } })
    })

    it.each([
      ['empty', '', '', 0],
      ['a lone quote', '"', '"', 0],
      ['only a minus', '-', '-', 0],
      ['emoji', '📚 🖨️', '📚 🖨️', 0],
      ['SQL-looking', `${edge}'; DROP TABLE posts; --`, `${edge}'; DROP TABLE posts; --`, 1],
      ['a dangling operator', `${edge} OR`, `${edge} OR`, 1],
      ['control characters', `\u0000${edge}\u0007`, edge, 1],
    ])('%s: %j', async (_name, query, cleaned, total) => {
      const results = await searchPosts(query)
      expect(results.query).toBe(cleaned)
      expect(results.total).toBe(total)
      expect(results.hits.map((hit) => hit.title)).toEqual(total ? [title] : [])
    })

    it('a very long query: cut to at most 200 characters between words, still answered', async () => {
      const results = await searchPosts(`${edge} `.repeat(400))
      expect(results.query.length).toBeLessThanOrEqual(200)
      expect(results.query.length).toBeGreaterThan(200 - edge.length - 1)
      // Whole words only: a word cut in half would match nothing.
      expect(new Set(results.query.split(' '))).toEqual(new Set([edge]))
      expect(results.hits.map((hit) => hit.title)).toEqual([title])
    })

    it('the SQL-looking query dropped nothing', async () => {
      expect((await payload.count({ collection: 'posts', where: { title: { equals: title } } })).totalDocs).toBe(1)
    })
  })
})

/** The search statement's plan for a query (EXPLAIN, with ANALYZE when asked), as the search runs it. */
async function searchPlan(query: string, { analyze = false } = {}): Promise<string> {
  const { searchPageStatement, SEARCH_PLANNER_SETTING } = await import('@/lib/data/search')
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  return db.transaction(async (tx) => {
    await tx.execute(SEARCH_PLANNER_SETTING)
    const { rows } = await tx.execute(sql`EXPLAIN ${sql.raw(analyze ? '(ANALYZE) ' : '')}${searchPageStatement(query, 0)}`)
    return (rows as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']).join('\n')
  })
}

/** How many times the statement read a match's full vector to rank it (the ranking subplan's index scan loops). */
async function fullVectorReads(query: string): Promise<number> {
  const plan = await searchPlan(query, { analyze: true })
  const subplan = plan.split('\n').find((line) => /Index Scan using posts_pkey on posts p_\d/.test(line))
  if (!subplan) throw new Error(`The ranking subplan is not in the plan:\n${plan}`)
  return subplan.includes('never executed') ? 0 : Number(/loops=(\d+)/.exec(subplan)?.[1])
}

describe('the search’s plan', () => {
  it('finds matches through the GIN index once, never by reading each published post’s vector', async () => {
    const plan = await searchPlan('printing')
    // With `@@` beside the public rule, the planner walked the `_status` index and tested `@@` on
    // every published post, reading each ~20 KB vector (10,000 posts: 181 ms against 21).
    expect(plan.match(/Bitmap Index Scan on posts_search_vector_idx/g)).toHaveLength(1)
    expect(plan).not.toMatch(/Filter: .*search_vector @@/)
    expect(plan).not.toContain('posts__status_idx')
  })
})
