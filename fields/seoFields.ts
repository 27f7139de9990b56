import type { GroupField } from 'payload'

/**
 * Search-engine and social metadata, shaped like @payloadcms/plugin-seo's `meta` group. The plugin
 * itself is not used: it has no 3.90.2 release, and its 3.90.1 fails Payload's dependency check
 * against the pinned 3.90.2 (all payload packages must share one version).
 */
export const seoFields: GroupField = {
  name: 'meta',
  label: 'SEO',
  type: 'group',
  admin: { description: 'What search engines and link previews show. Left empty, the title, excerpt and hero image are used.' },
  fields: [
    { name: 'title', type: 'text', maxLength: 70, admin: { description: 'Up to 60 characters show in search results.' } },
    { name: 'description', type: 'textarea', maxLength: 200, admin: { description: '120–160 characters work best.' } },
    { name: 'image', type: 'upload', relationTo: 'media', admin: { description: 'For link previews; 1200×630 is ideal.' } },
  ],
}
