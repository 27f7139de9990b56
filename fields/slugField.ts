import type { FieldHook, TextField } from 'payload'

import { slugify, validateSlug } from '@/lib/slug/slugify'

type SlugFieldOptions = {
  /** The field the slug is derived from when left empty. */
  from?: string
  /** Extra rule, e.g. reserved slugs for pages. */
  validate?: (slug: string) => true | string
}

/**
 * Fills an empty slug from the source field; a derived slug another document already uses gets
 * -2, -3 … so two sources titled alike (two editions, say) can both be saved.
 */
const deriveSlug =
  (from: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[from] ?? originalDoc?.[from]
    if (typeof source !== 'string') return value
    const base = slugify(source)
    if (!base || !collection) return base
    for (let suffix = 1; suffix < 100; suffix++) {
      const candidate = suffix === 1 ? base : `${base}-${suffix}`
      const { totalDocs } = await req.payload.count({
        collection: collection.slug,
        where: { and: [{ slug: { equals: candidate } }, ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : [])] },
        req,
      })
      if (totalDocs === 0) return candidate
    }
    return base
  }

/** A unique, editable URL slug, filled from the title when left empty. */
export function slugField({ from = 'title', validate }: SlugFieldOptions = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: `Used in the URL. Left empty, it is made from the ${from} (with -2, -3 … if taken). Lowercase letters, digits and hyphens.`,
    },
    hooks: { beforeValidate: [deriveSlug(from)] },
    // Empty is fine before save: the beforeValidate hook fills it from the source field.
    validate: (value: unknown) => {
      if (value === undefined || value === null || value === '') return true
      const result = validateSlug(value)
      if (result !== true || !validate) return result
      return validate(value as string)
    },
  }
}
