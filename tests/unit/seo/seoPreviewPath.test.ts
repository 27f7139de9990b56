import { describe, expect, it } from 'vitest'

import { internalDocPath } from '@/lib/richtext/siteHref'
import { seoPreviewPath } from '@/lib/seo/seoPreviewPath'

describe('the SEO preview’s address of a document being edited', () => {
  it('is its slug when it has one', () => {
    expect(seoPreviewPath('posts', { slug: 'the-gulag-archipelago', title: 'Anything' })).toBe('/posts/the-gulag-archipelago')
    expect(seoPreviewPath('pages', { slug: 'about', title: 'About me' })).toBe('/about')
  })

  it('is the slug saving will make from the title while there is none (never /posts/null)', () => {
    expect(seoPreviewPath('posts', { slug: null, title: 'Twenty Letters to a Friend' })).toBe('/posts/twenty-letters-to-a-friend')
    expect(seoPreviewPath('posts', { title: 'Stalin’s Daughter, Revisited' })).toBe('/posts/stalins-daughter-revisited')
    expect(seoPreviewPath('pages', { slug: '  ', title: 'Support the channel' })).toBe('/support-the-channel')
  })

  it('is the site itself for a document with neither slug nor title', () => {
    expect(seoPreviewPath('posts', { slug: null, title: null })).toBe('/')
  })
})

describe('a linked document’s path', () => {
  it('never spells a missing slug out', () => {
    expect(internalDocPath({ relationTo: 'posts', value: { slug: null } })).toBe('/')
    expect(internalDocPath({ relationTo: 'posts', value: { slug: undefined } })).toBe('/')
    expect(internalDocPath({ relationTo: 'posts', value: { slug: 'kept' } })).toBe('/posts/kept')
  })
})
