import { describe, expect, it } from 'vitest'

import { slugify, SLUG_MAX_LENGTH, validateSlug } from '@/lib/slug/slugify'

describe('slugify', () => {
  it.each([
    ['This Will Kill That: How Print Frightened the Scribes', 'this-will-kill-that-how-print-frightened-the-scribes'],
    ['Notre-Dame de Paris', 'notre-dame-de-paris'],
    ['Ça, c’est la Crème Brûlée!', 'ca-cest-la-creme-brulee'],
    ['Straße & Œuvre', 'strasse-and-oeuvre'],
    ['  --Reading Aloud, Part 1--  ', 'reading-aloud-part-1'],
    ['Записки', ''],
  ])('%j → %j', (input, slug) => expect(slugify(input)).toBe(slug))

  it('keeps slugs within the length limit without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('validateSlug', () => {
  it('accepts lowercase ASCII with single hyphens', () => expect(validateSlug('part-2-of-3')).toBe(true))
  it.each(['Upper', 'two--hyphens', '-leading', 'trailing-', 'spa ce', 'ümlaut', 'a/b', ''])('rejects %j', (slug) => {
    expect(validateSlug(slug)).toMatch(/slug/i)
  })
})
