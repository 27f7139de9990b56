import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { authenticated } from '@/access/authenticated'
import { slugField } from '@/fields/slugField'
import { wordpressIdField } from '@/fields/wordpressId'

type TaxonomyOptions = {
  slug: 'categories' | 'tags' | 'series'
  singular: string
  plural: string
  description?: string
  /** Categories nest (WordPress's category_parent); tags and series do not. */
  hierarchical?: boolean
  /** Imported from WordPress (categories and tags). */
  imported?: boolean
}

/** Categories, tags and series share one shape: a title, a slug and a description. */
export function taxonomyCollection({ slug, singular, plural, description, hierarchical = false, imported = false }: TaxonomyOptions): CollectionConfig {
  return {
    slug,
    labels: { singular, plural },
    access: { read: anyone, create: authenticated, update: authenticated, delete: authenticated },
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug'], description, group: 'Taxonomy' },
    defaultSort: 'title',
    fields: [
      { name: 'title', type: 'text', required: true },
      slugField(),
      { name: 'description', type: 'textarea' },
      ...(hierarchical ? [{ name: 'parent', type: 'relationship' as const, relationTo: slug, admin: { position: 'sidebar' as const } }] : []),
      ...(imported ? [wordpressIdField] : []),
    ],
  }
}
