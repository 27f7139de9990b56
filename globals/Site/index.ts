import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
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
  ],
}
