import { BoldFeature, ItalicFeature, lexicalEditor, ParagraphFeature, UnderlineFeature } from '@payloadcms/richtext-lexical'
import type { Block } from 'payload'

import { sourceAndLocatorFields } from '@/blocks/Citation/fields'
import { blockFieldsToNode } from '@/fields/blockFieldsToNode'
import { QUOTATION_SLUG } from '@/lib/citations/blockTypes'
import { safeLinkFeature } from '@/lib/richtext/safeLinkFeature'

/** A quotation tied to its source: rendered as a figure with the quote and a captioned citation. */
export const Quotation: Block = {
  slug: QUOTATION_SLUG,
  interfaceName: 'QuotationBlock',
  labels: { singular: 'Quotation', plural: 'Quotations' },
  fields: [
    {
      name: 'quote',
      type: 'richText',
      required: true,
      editor: lexicalEditor({ features: [ParagraphFeature(), BoldFeature(), ItalicFeature(), UnderlineFeature(), safeLinkFeature()] }),
    },
    { name: 'attribution', type: 'text', maxLength: 200, admin: { description: 'Optional line before the quote, e.g. “Khrushchev wrote in his memoirs:”' } },
    ...sourceAndLocatorFields({ required: true }),
    blockFieldsToNode,
  ],
}
