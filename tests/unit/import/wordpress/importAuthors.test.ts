import { describe, expect, it } from 'vitest'

import { authorName, postAuthorFields, type Byline } from '@/lib/import/wordpress/importAuthors'

describe('authorName', () => {
  it('prefers the display name the blog showed, decoded', () => {
    expect(authorName({ displayName: 'Theme &amp; Buster', firstName: 'Theme', lastName: 'Review', login: 'themedemos' })).toBe('Theme & Buster')
  })
  it('falls back to first and last name, then to the login', () => {
    expect(authorName({ displayName: '  ', firstName: 'Svetlana', lastName: 'Alliluyeva', login: 'sa' })).toBe('Svetlana Alliluyeva')
    expect(authorName({ displayName: '', firstName: '', lastName: '', login: 'essayist' })).toBe('essayist')
  })
})

describe('postAuthorFields', () => {
  const bylines = new Map<string, Byline>([
    ['essayist', { userId: 7 }],
    ['guest', { name: 'A Guest Writer' }],
  ])
  it('links an author who has an account here', () => {
    expect(postAuthorFields('essayist', bylines)).toEqual({ authors: [7], byline: null })
  })
  it('keeps an author without an account as the byline', () => {
    expect(postAuthorFields(' guest ', bylines)).toEqual({ authors: [], byline: 'A Guest Writer' })
  })
  it('names a login the export does not list by the login itself, and nobody when there is none', () => {
    expect(postAuthorFields('ghost', bylines)).toEqual({ authors: [], byline: 'ghost' })
    expect(postAuthorFields('', bylines)).toEqual({ authors: [], byline: null })
  })
})
