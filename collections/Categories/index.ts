import type { CollectionConfig } from 'payload'

import { taxonomyCollection } from '@/collections/taxonomyCollection'

export const Categories: CollectionConfig<'categories'> = taxonomyCollection({
  slug: 'categories',
  singular: 'Category',
  plural: 'Categories',
  hierarchical: true,
  imported: true,
})
