import {
  BlockquoteFeature,
  EXPERIMENTAL_TableFeature,
  BoldFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineCodeFeature,
  InlineToolbarFeature,
  ItalicFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'

import { safeLinkFeature } from './safeLinkFeature'

/**
 * Exactly what long-form scripts need and the site renders: paragraphs, h2–h4, lists, block
 * quotes, links (to posts, pages or the web), images with alt text (from Media) and a caption,
 * horizontal rules, tables, bold, italic and inline code. No alignment, colours or h1 (the page title is the h1).
 */
export const readingFeatures = () => [
  ParagraphFeature(),
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
  BoldFeature(),
  ItalicFeature(),
  InlineCodeFeature(),
  UnorderedListFeature(),
  OrderedListFeature(),
  BlockquoteFeature(),
  safeLinkFeature({ enabledCollections: ['posts', 'pages'] }),
  UploadFeature({
    collections: { media: { fields: [{ name: 'caption', type: 'text', admin: { description: 'Shown under the image; the Media caption if left empty.' } }] } },
  }),
  HorizontalRuleFeature(),
  // Tables (timelines, figures compared) come in with imported WordPress posts; Payload marks the
  // feature experimental, but its editor, HTML import and both renderers work for plain tables.
  EXPERIMENTAL_TableFeature(),
  InlineToolbarFeature(),
]
