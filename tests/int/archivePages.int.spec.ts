/**
 * A year of more than ARCHIVE_PAGE_SIZE posts is split into pages (at 10,000 posts a year's page
 * was 204 KB): what each page lists, and what a change to a post in such a year drops.
 */
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { postChangeTargets } from '@/lib/cache/postChangeTargets'
import type { Post } from '@/payload-types'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { testPayload, unique } from './payload'
import { countQueries } from './queryCounter'

// A year no other test publishes in.
const YEAR = 1931
let payload: Payload
let getArchiveYear: typeof import('@/lib/data/archive').getArchiveYear
const stamp = unique('paged')
const posts: Post[] = []
/** The n-th post of the year, n from 0: one a day from 1 January, 10:00 UTC. */
const dateOf = (n: number) => new Date(Date.UTC(YEAR, 0, 1 + n, 10)).toISOString()

beforeAll(async () => {
  payload = await testPayload()
  getArchiveYear = (await import('@/lib/data/archive')).getArchiveYear
  for (let n = 0; n < 101; n++) {
    posts.push(
      await payload.create({
        collection: 'posts',
        overrideAccess: true,
        data: { title: `Paged ${n} ${stamp}`, slug: `paged-${n}-${stamp}`, content: lexicalDocument(paragraph('x')), publishedAt: dateOf(n), _status: 'published' },
      }),
    )
  }
  // Dated between the first two, but a draft: on no page and in no count.
  await payload.create({ collection: 'posts', overrideAccess: true, data: { title: `Paged draft ${stamp}`, slug: `paged-draft-${stamp}`, content: lexicalDocument(paragraph('x')), publishedAt: new Date(Date.UTC(YEAR, 0, 1, 22)).toISOString(), _status: 'draft' } })
}, 120_000)

const titles = (page: Awaited<ReturnType<typeof getArchiveYear>>) => page.months.flatMap((month) => month.posts.map((post) => post.title))

describe('archive pages of a busy year', () => {
  it('lists the newest hundred on the first page, by month, and the rest on the next, in one statement each', async () => {
    const { result: first, statements } = await countQueries(payload, () => getArchiveYear(YEAR, 1))
    expect(statements).toHaveLength(1)
    expect({ page: first.page, totalPages: first.totalPages }).toEqual({ page: 1, totalPages: 2 })
    // Posts 100 … 1: 11 April back to 2 January.
    expect(first.months.map((month) => [month.month, month.posts.length])).toEqual([
      [4, 11],
      [3, 31],
      [2, 28],
      [1, 30],
    ])
    expect(titles(first)[0]).toBe(`Paged 100 ${stamp}`)
    expect(titles(first)[99]).toBe(`Paged 1 ${stamp}`)
    expect(first.months[0].posts[0]).toEqual({ id: posts[100].id, title: `Paged 100 ${stamp}`, slug: `paged-100-${stamp}`, publishedAt: '1931-04-11T10:00:00.000Z' })

    const second = await getArchiveYear(YEAR, 2)
    expect({ page: second.page, totalPages: second.totalPages, titles: titles(second) }).toEqual({ page: 2, totalPages: 2, titles: [`Paged 0 ${stamp}`] })
    expect(second.months.map((month) => month.month)).toEqual([1])

    expect(await getArchiveYear(YEAR, 3)).toEqual({ months: [], page: 3, totalPages: 0 })
  })

  it('a change to one of its posts drops each page of its year, and the page a post that just left it emptied', async () => {
    const req = await createLocalReq({}, payload)
    const archive = async (doc: Post, previousDoc: Post | null) => (await postChangeTargets(req, doc, previousDoc)).paths.map(({ path }) => path).filter((path) => /^\/(\(frontend\)\/)?archive/.test(path)).sort()
    const post = posts[50]
    // Edited in place: the year's two pages and /archive.
    expect(await archive({ ...post, title: 'edited' }, post)).toEqual(['/archive', '/archive/1931', '/archive/1931/page/2'])
    // Moved to 1932, where another post is: 1931 keeps 100, one page, but its second page (which
    // listed post 0) must go too.
    await payload.create({ collection: 'posts', overrideAccess: true, data: { title: `Paged anchor ${stamp}`, slug: `paged-anchor-${stamp}`, content: lexicalDocument(paragraph('x')), publishedAt: '1932-03-01T00:00:00.000Z', _status: 'published' } })
    const moved = await payload.update({ collection: 'posts', id: post.id, data: { publishedAt: '1932-06-01T00:00:00.000Z' }, overrideAccess: true })
    expect(await archive(moved, post)).toEqual(['/archive', '/archive/1931', '/archive/1931/page/2', '/archive/1932'])
  })
})
