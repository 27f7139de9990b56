import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

import { ChapterMarker } from '@/blocks/ChapterMarker/config'
import { validateScriptContent } from '@/collections/Posts/validation/validateScriptContent'

/**
 * A script's body: Payload's default Lexical features plus the chapter-time marker, which the
 * author inserts into h2/h3 headings (type "/" or use the + menu, then "Chapter time").
 */
export const scriptContentField: RichTextField = {
  name: 'content',
  type: 'richText',
  required: true,
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ inlineBlocks: [ChapterMarker] })],
  }),
  validate: validateScriptContent,
  admin: {
    description: 'To mark a chapter, put the cursor at the end of an h2 or h3 heading, type "/" and choose "Chapter time".',
  },
}
