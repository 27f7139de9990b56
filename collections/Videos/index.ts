import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { authenticated } from '@/access/authenticated'
import { slugField } from '@/fields/slugField'
import { youtubeDescriptionField } from '@/fields/videoPanels'

import { videoYouTubeDescription } from './endpoints/youtubeDescription'
import { fetchThumbnail } from './hooks/fetchThumbnail'
import { storeYouTubeId, validateYouTubeUrl } from './hooks/storeYouTubeId'

export const Videos: CollectionConfig<'videos'> = {
  slug: 'videos',
  access: { read: anyone, create: authenticated, update: authenticated, delete: authenticated },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'channel', 'publishedAt', 'youtubeId'],
    description: 'YouTube videos; each is linked to the post that is its script.',
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'youtubeUrl',
      label: 'YouTube URL',
      type: 'text',
      required: true,
      validate: validateYouTubeUrl,
      admin: { description: 'Paste the link from YouTube: watch, youtu.be, shorts, live or embed. A start time (t=) is kept.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'youtubeId', label: 'Video id', type: 'text', index: true, admin: { readOnly: true } },
        { name: 'startSeconds', label: 'Starts at (s)', type: 'number', admin: { readOnly: true } },
      ],
    },
    {
      name: 'thumbnail',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'The video’s thumbnail, served from this site (readers never load it from YouTube). Left empty, it is fetched from YouTube when the video is first saved.' },
    },
    { name: 'channel', type: 'relationship', relationTo: 'channels', admin: { position: 'sidebar' } },
    { name: 'publishedAt', label: 'Published on YouTube', type: 'date', admin: { position: 'sidebar' } },
    {
      name: 'duration',
      label: 'Duration (seconds)',
      type: 'number',
      min: 1,
      admin: { position: 'sidebar', description: 'Length of the video in seconds, e.g. 1935 for 32:15.' },
    },
    { name: 'description', type: 'textarea' },
    {
      name: 'script',
      type: 'join',
      collection: 'posts',
      on: 'video',
      admin: { description: 'The post whose video is this one.' },
    },
    slugField(),
    youtubeDescriptionField,
  ],
  endpoints: [videoYouTubeDescription],
  hooks: { beforeChange: [storeYouTubeId, fetchThumbnail] },
}
