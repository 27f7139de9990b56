import type { CollectionConfig } from 'payload'

import { wordpressIdField } from '@/fields/wordpressId'

import { anyone } from '@/access/anyone'
import { authenticated } from '@/access/authenticated'
import { mediaDir } from '@/lib/env'
import { mediaCacheHeaders } from '@/lib/media/mediaCacheHeaders'
import { IMAGE_MIME_TYPES } from '@/lib/uploads/imageTypes'

import { contentAddressedName } from './hooks/contentAddressedName'

// effort 2 (sharp's default is 4): ~40% less CPU per size for ~4% more bytes, measured on photos
// 720–1169 px wide; an import of a thousand posts' images spends most of its time here.
const WEBP = { format: 'webp', options: { quality: 80, effort: 2 } } as const

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    read: anyone,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  admin: { useAsTitle: 'alt' },
  hooks: { beforeOperation: [contentAddressedName] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'Describe the image for readers who cannot see it.' },
    },
    { name: 'caption', type: 'text' },
    { name: 'credit', type: 'text', admin: { description: 'Photographer, archive or licence.' } },
    // Where an imported image came from (its original WordPress address): a re-import reuses it.
    { name: 'sourceUrl', type: 'text', index: true, admin: { readOnly: true, position: 'sidebar' } },
    wordpressIdField,
  ],
  upload: {
    staticDir: mediaDir(),
    mimeTypes: IMAGE_MIME_TYPES,
    focalPoint: true,
    // The sizes readers' pages show are WebP (ResponsiveImage offers them to browsers that say they
    // take it, the original stays the fallback): ~30% smaller than JPEG at the same quality. Not
    // AVIF: sharp encodes it ~10× slower, which an import of thousands of images would feel. The
    // admin's thumbnail and the Open Graph image (read by every social site's crawler) stay in the
    // original's format.
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 180, position: 'centre' },
      { name: 'card', width: 768, height: 432, position: 'centre', formatOptions: WEBP },
      // Only from wider originals: a narrower one is its own hero (re-encoding it at its own width made a copy, not a size).
      { name: 'hero', width: 1600, formatOptions: WEBP },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    modifyResponseHeaders: mediaCacheHeaders,
  },
}
