import { BoldFeature, InlineToolbarFeature, ItalicFeature, lexicalEditor, ParagraphFeature } from '@payloadcms/richtext-lexical'
import type { Block } from 'payload'

import { FOOTNOTE_SLUG } from '@/lib/citations/blockTypes'
import { safeLinkFeature } from '@/lib/richtext/safeLinkFeature'

/**
 * A free-text footnote: a superscript number where it stands, its text in the page's Notes,
 * numbered together with the citations (lib/citations/apparatus.ts). The text is a small rich
 * text (paragraphs, bold, italic, links) edited in the inline block's drawer; richtext-lexical
 * 3.90.1 keeps a nested editor's cursor while the drawer syncs (payloadcms/payload#16478).
 */
export const Footnote: Block = {
  slug: FOOTNOTE_SLUG,
  interfaceName: 'FootnoteBlock',
  labels: { singular: 'Footnote', plural: 'Footnotes' },
  admin: { components: { Label: '/blocks/Footnote/Label#FootnoteLabel' } },
  fields: [
    {
      name: 'note',
      type: 'richText',
      required: true,
      editor: lexicalEditor({
        features: [ParagraphFeature(), BoldFeature(), ItalicFeature(), safeLinkFeature({ enabledCollections: ['posts', 'pages'] }), InlineToolbarFeature()],
      }),
    },
  ],
}
