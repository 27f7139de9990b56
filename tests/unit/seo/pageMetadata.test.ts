import { describe, expect, it } from 'vitest'

import { pageMetadata } from '@/lib/seo/pageMetadata'
import type { Site } from '@/payload-types'

const site = (fields: Partial<Site>): Site => ({ id: 1, title: 'Scriptorium', baseUrl: 'https://example.com', ...fields }) as Site

describe('a page’s description', () => {
  it('is its own, else the site’s description, else its tagline', () => {
    expect(pageMetadata(site({ description: 'Scripts, sourced.' }), { path: '/posts/a', description: 'One script.' }).description).toBe('One script.')
    expect(pageMetadata(site({ description: 'Scripts, sourced.', tagline: 'Essays' }), { path: '/' }).description).toBe('Scripts, sourced.')
    expect(pageMetadata(site({ description: '  ', tagline: 'Video essays, written down' }), { path: '/' }).description).toBe('Video essays, written down')
  })

  it('is made from the title when an imported site has neither (never empty: Lighthouse SEO meta-description)', () => {
    const metadata = pageMetadata(site({ description: '', tagline: null }), { path: '/', description: '' })
    expect(metadata.description).toBe('Scriptorium: video essays written down, with their sources.')
    expect(metadata.openGraph?.description).toBe('Scriptorium: video essays written down, with their sources.')
  })
})
