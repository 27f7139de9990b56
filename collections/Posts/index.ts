import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { publishedOrAuthenticated } from '@/access/publishedOrAuthenticated'
import { scriptContentField } from '@/fields/scriptContent'
import { slugField } from '@/fields/slugField'
import { wordpressGuidField, wordpressIdField } from '@/fields/wordpressId'
import { previewPath } from '@/lib/preview/previewSecret'
import { chapterChecklistField, youtubeDescriptionField } from '@/fields/videoPanels'

import { noteFormerSlug, redirectFormerSlug } from '@/collections/hooks/redirectFormerSlug'
import { setPublishedAt } from '@/collections/hooks/setPublishedAt'

import { postYouTubeDescription } from './endpoints/youtubeDescription'
import { collectCitedSources } from './hooks/collectCitedSources'
import { populateAuthors } from './hooks/populateAuthors'
import { setSearchText } from './hooks/setSearchText'
import { validateOneScriptPerVideo } from './validation/validateOneScriptPerVideo'

export const Posts: CollectionConfig<'posts'> = {
  slug: 'posts',
  access: {
    read: publishedOrAuthenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  admin: {
    useAsTitle: 'title',
    // Draft preview in a new tab and live preview beside the editor; both go through /preview (secret, draft mode).
    preview: (doc) => previewPath('posts', doc?.slug as string | undefined),
    livePreview: { url: ({ data }) => previewPath('posts', data?.slug as string | undefined) ?? '/' },
    defaultColumns: ['title', 'slug', '_status', 'publishedAt', 'updatedAt'],
    description: 'Each post is the script of a video essay.',
    // Publish waits until what was typed has reached the form (components/admin/PublishWhenSettled.tsx).
    components: { edit: { PublishButton: '/components/admin/PublishWhenSettled#PublishWhenSettled' } },
  },
  defaultPopulate: { title: true, slug: true, excerpt: true, publishedAt: true },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Script',
          fields: [
            { name: 'excerpt', type: 'textarea', admin: { description: 'One or two sentences for lists, feeds and search results.' } },
            { name: 'heroImage', type: 'upload', relationTo: 'media' },
            scriptContentField,
          ],
        },
        {
          label: 'Sources',
          description: 'The SOURCES list at the end of the script, in order, each with your note on it.',
          fields: [
            {
              name: 'sources',
              type: 'array',
              labels: { singular: 'Source', plural: 'Sources' },
              fields: [
                { name: 'source', type: 'relationship', relationTo: 'sources', required: true },
                { name: 'annotation', type: 'textarea', admin: { description: 'What this source contributed, or how far to trust it.' } },
              ],
            },
          ],
        },
      ],
    },
    slugField(),
    { name: 'publishedAt', type: 'date', index: true, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'authors', type: 'relationship', relationTo: 'users', hasMany: true, admin: { position: 'sidebar' } },
    {
      // Imported WordPress authors who have no account here keep their name without becoming users
      // (a user made by an import could sign in, and would take the create-first-user screen away).
      name: 'byline',
      type: 'text',
      maxLength: 200,
      admin: { position: 'sidebar', description: 'Shown as the author when no author above is chosen (imported posts keep their WordPress author’s name here).' },
    },
    {
      // Filled on read from `authors` (names only) for the public site and feeds; never stored.
      name: 'populatedAuthors',
      type: 'array',
      virtual: true,
      access: { update: () => false, create: () => false },
      admin: { disabled: true, readOnly: true },
      fields: [{ name: 'name', type: 'text' }],
    },
    {
      name: 'video',
      type: 'relationship',
      relationTo: 'videos',
      validate: validateOneScriptPerVideo,
      admin: { position: 'sidebar', description: 'The video this script belongs to (each video has one script).' },
    },
    { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'series', type: 'relationship', relationTo: 'series', admin: { position: 'sidebar' } },
    {
      name: 'seriesPosition',
      type: 'number',
      min: 1,
      admin: { position: 'sidebar', description: 'Part number within the series.', condition: (data) => Boolean(data?.series) },
    },
    {
      name: 'citedSources',
      type: 'relationship',
      relationTo: 'sources',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Filled on save from the citations, quotations and SOURCES list.' },
    },
    // Plain text for full-text search (see lib/db/postSearchColumn.ts); kept up to date on save.
    // Payload's default limit for text is 40,000 characters, which a 6,000-word script passes.
    { name: 'searchText', type: 'textarea', maxLength: 1_000_000, admin: { hidden: true, readOnly: true } },
    wordpressIdField,
    wordpressGuidField,
    chapterChecklistField,
    youtubeDescriptionField,
  ],
  endpoints: [postYouTubeDescription],
  hooks: {
    beforeChange: [setPublishedAt, noteFormerSlug, collectCitedSources, setSearchText],
    afterChange: [redirectFormerSlug],
    afterRead: [populateAuthors],
  },
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: true,
    },
    maxPerDoc: 100,
  },
}
