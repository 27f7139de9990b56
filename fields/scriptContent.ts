import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

import { ChapterMarker } from '@/blocks/ChapterMarker/config'
import { Citation } from '@/blocks/Citation/config'
import { Footnote } from '@/blocks/Footnote/config'
import { Quotation } from '@/blocks/Quotation/config'
import { validateScriptContent } from '@/collections/Posts/validation/validateScriptContent'
import { readingFeatures } from '@/lib/richtext/editorFeatures'

/**
 * A script's body: the reading features (lib/richtext/editorFeatures.ts) plus the chapter-time marker (in h2/h3
 * headings), inline citations, footnotes and quotation blocks, all inserted with "/" or the + menu.
 */
export const scriptContentField: RichTextField = {
  name: 'content',
  type: 'richText',
  required: true,
  editor: lexicalEditor({
    features: () => [...readingFeatures(), BlocksFeature({ blocks: [Quotation], inlineBlocks: [ChapterMarker, Citation, Footnote] })],
  }),
  validate: validateScriptContent,
  admin: {
    description:
      'Type "/" for Citation (a source and page, numbered on the page), Footnote (a note of your own, numbered with the citations), Quotation (a quote tied to its source) or Chapter time (at the end of an h2/h3 heading).',
  },
}
