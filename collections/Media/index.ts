import type { CollectionConfig } from 'payload'

import { wordpressIdField } from '@/fields/wordpressId'

import { anyone } from '@/access/anyone'
import { authenticated } from '@/access/authenticated'
import { mediaDir } from '@/lib/env'
import { mediaCacheHeaders } from '@/lib/media/mediaCacheHeaders'
import { IMAGE_MIME_TYPES } from '@/lib/uploads/imageTypes'

import { contentAddressedName } from './hooks/contentAddressedName'

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
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 180, position: 'centre' },
      { name: 'card', width: 768, height: 432, position: 'centre' },
      // Only from wider originals: a narrower one is its own hero (re-encoding it at its own width made a copy, not a size).
      { name: 'hero', width: 1600 },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    modifyResponseHeaders: mediaCacheHeaders,
  },
}
