import type { CollectionConfig } from 'payload'

import { taxonomyCollection } from '@/collections/taxonomyCollection'

export const Tags: CollectionConfig<'tags'> = taxonomyCollection({ slug: 'tags', singular: 'Tag', plural: 'Tags', imported: true })
