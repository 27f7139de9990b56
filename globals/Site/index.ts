import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { CITATION_STYLES, DEFAULT_CITATION_STYLE } from '@/lib/citations/styleList'
import { validateHttpUrl } from '@/lib/validation/httpUrl'

export const Site: GlobalConfig<'site'> = {
  slug: 'site',
  label: 'Site settings',
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'title', type: 'text', required: true, defaultValue: 'Scriptorium' },
    { name: 'tagline', type: 'text' },
    { name: 'description', type: 'textarea', admin: { description: 'Used by search engines and feed readers.' } },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    {
      name: 'baseUrl',
      label: 'Public base URL',
      type: 'text',
      validate: validateHttpUrl,
      admin: { description: 'e.g. https://example.com — used for canonical links and feeds.' },
    },
    { name: 'language', type: 'text', defaultValue: 'en', admin: { description: 'BCP 47 language tag, e.g. en or en-GB.' } },
    { name: 'feedItemCount', label: 'Posts per feed', type: 'number', defaultValue: 20, min: 1, max: 200 },
    {
      name: 'citationStyle',
      type: 'select',
      required: true,
      defaultValue: DEFAULT_CITATION_STYLE,
      options: CITATION_STYLES.map(({ value, label }) => ({ value, label })),
      admin: { description: 'How notes, the Sources section and "Cite this post" are formatted.' },
    },
  ],
}
