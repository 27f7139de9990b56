/**
 * A script as long as the first user's (6,000 words and more): it saves, and search finds its last
 * words. Payload's default 40,000-character limit on text fields once refused it through the
 * hidden search text.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { testPayload, unique } from './payload'

let payload: Payload
let searchPosts: typeof import('@/lib/data/search').searchPosts

beforeAll(async () => {
  payload = await testPayload()
  ;({ searchPosts } = await import('@/lib/data/search'))
})

// 120 words, 699 characters.
const PARAGRAPH = Array.from({ length: 10 }, () => 'The abbots feared that printed paper would not last a thousand years.').join(' ')

describe('a long script', () => {
  it('of 9,600 words (56,000 characters) is saved and found by its last words', async () => {
    const word = unique('marginalia').replace(/[^a-z]/g, '')
    const paragraphs = Array.from({ length: 80 }, () => paragraph(PARAGRAPH))
    const title = unique('Long script')
    const post = await payload.create({
      collection: 'posts',
      data: { title, content: lexicalDocument(...paragraphs, paragraph(`The end of the ${word} script.`)), _status: 'published' },
    })
    expect(post.searchText?.length).toBeGreaterThan(56_000)
    expect((await searchPosts(word)).hits.map((hit) => hit.title)).toEqual([title])
  })
})
