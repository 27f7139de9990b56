import type { CollectionConfig } from 'payload'

import { taxonomyCollection } from '@/collections/taxonomyCollection'

export const Series: CollectionConfig<'series'> = taxonomyCollection({
  slug: 'series',
  singular: 'Series',
  plural: 'Series',
  description: 'A run of scripts meant to be read or watched in order; posts give their position.',
})
