import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { authenticated } from '@/access/authenticated'
import { slugField } from '@/fields/slugField'

import { normaliseChannelUrl, validateChannelUrl } from './hooks/normaliseChannelUrl'

export const Channels: CollectionConfig<'channels'> = {
  slug: 'channels',
  access: { read: anyone, create: authenticated, update: authenticated, delete: authenticated },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'order'],
    description: 'The YouTube channels the scripts are published on.',
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ from: 'name' }),
    {
      name: 'url',
      label: 'YouTube channel URL',
      type: 'text',
      required: true,
      validate: validateChannelUrl,
      hooks: { beforeChange: [normaliseChannelUrl] },
      admin: { description: 'youtube.com/@handle, /channel/UC…, /c/… or /user/…; tracking parameters are removed.' },
    },
    { name: 'description', type: 'textarea' },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar', description: 'Lower numbers come first.' } },
  ],
}
