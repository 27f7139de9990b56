import type { Block } from 'payload'

import { CITATION_SLUG } from '@/lib/citations/blockTypes'

import { sourceAndLocatorFields } from './fields'

/** An inline citation: a source, a locator and optional words before or after; numbered on the page. */
export const Citation: Block = {
  slug: CITATION_SLUG,
  interfaceName: 'CitationBlock',
  labels: { singular: 'Citation', plural: 'Citations' },
  admin: { components: { Label: '/blocks/Citation/Label#CitationLabel' } },
  fields: [
    ...sourceAndLocatorFields({ required: true }),
    {
      type: 'row',
      fields: [
        { name: 'prefix', type: 'text', maxLength: 60, admin: { placeholder: 'see', width: '50%' } },
        { name: 'suffix', type: 'text', maxLength: 60, admin: { placeholder: 'emphasis added', width: '50%' } },
      ],
    },
  ],
}
