import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { ChannelList } from '@/blocks/ChannelList/config'
import { readingFeatures } from '@/lib/richtext/editorFeatures'

import { authenticated } from '@/access/authenticated'
import { publishedOrAuthenticated } from '@/access/publishedOrAuthenticated'
import { slugField } from '@/fields/slugField'
import { wordpressGuidField, wordpressIdField } from '@/fields/wordpressId'
import { previewPath } from '@/lib/preview/previewSecret'
import { validateRichTextLinks } from '@/lib/richtext/validateRichTextLinks'
import { validatePageSlug } from '@/lib/slug/reservedSlugs'
import { noteFormerSlug, redirectFormerSlug } from '@/collections/hooks/redirectFormerSlug'
import { setPublishedAt } from '@/collections/hooks/setPublishedAt'

export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  access: {
    read: publishedOrAuthenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  admin: {
    useAsTitle: 'title',
    // Draft preview in a new tab and live preview beside the editor; both go through /preview (secret, draft mode).
    preview: (doc) => previewPath('pages', doc?.slug as string | undefined),
    livePreview: { url: ({ data }) => previewPath('pages', data?.slug as string | undefined) ?? '/' },
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    description: 'Standing pages such as About or Introduction.',
    // Publish waits until what was typed has reached the form (components/admin/PublishWhenSettled.tsx).
    components: { edit: { PublishButton: '/components/admin/PublishWhenSettled#PublishWhenSettled' } },
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'content',
      type: 'richText',
      required: true,
      editor: lexicalEditor({ features: () => [...readingFeatures(), BlocksFeature({ blocks: [ChannelList] })] }),
      validate: validateRichTextLinks,
      admin: { description: 'Type "/" and choose "Channel list" to show the channels, e.g. on the About page.' },
    },
    slugField({ validate: validatePageSlug }),
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar' } },
    wordpressIdField,
    wordpressGuidField,
  ],
  hooks: { beforeChange: [setPublishedAt, noteFormerSlug], afterChange: [redirectFormerSlug] },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 100,
  },
}
