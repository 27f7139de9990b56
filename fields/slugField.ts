import type { FieldHook, TextField } from 'payload'

import { slugify, validateSlug } from '@/lib/slug/slugify'

type SlugFieldOptions = {
  /** The field the slug is derived from when left empty. */
  from?: string
  /** Extra rule, e.g. reserved slugs for pages. */
  validate?: (slug: string) => true | string
}

const deriveSlug =
  (from: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[from] ?? originalDoc?.[from]
    return typeof source === 'string' ? slugify(source) : value
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
      description: `Used in the URL. Left empty, it is made from the ${from}. Lowercase letters, digits and hyphens.`,
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
