import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Field, FieldHook, PayloadRequest, TextFieldSingleValidation } from 'payload'

import { authenticated } from '@/access/authenticated'
import { serverUrl } from '@/lib/env'

import { normalizeRedirectFrom, validateRedirectUrl } from './redirectPaths'
import { rejectSelfRedirect } from './rejectSelfRedirect'

/** The site's own origins, so that a pasted full URL of an old page is reduced to its path. */
async function siteOrigins(req: PayloadRequest): Promise<string[]> {
  const site = await req.payload.findGlobal({ slug: 'site', depth: 0, req, overrideAccess: true })
  return [site.baseUrl, serverUrl()].filter((origin): origin is string => Boolean(origin))
}

const normalizeFrom: FieldHook = async ({ value, req }) => {
  if (typeof value !== 'string') return value
  const result = normalizeRedirectFrom(value, await siteOrigins(req))
  return result.ok ? result.value : value
}

const validateFrom: TextFieldSingleValidation = async (value, { req }) => {
  const result = normalizeRedirectFrom(value ?? '', await siteOrigins(req))
  return result.ok ? true : result.reason
}

const validateUrl: TextFieldSingleValidation = (value) => {
  const result = validateRedirectUrl(value ?? '')
  return result.ok ? true : result.reason
}

/** The plugin's fields with this site's rules on the addresses; their names (and so the schema) stay the plugin's. */
function withAddressRules(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'text' && !field.hasMany && field.name === 'from') {
      return {
        ...field,
        validate: validateFrom,
        hooks: { beforeValidate: [normalizeFrom] },
        admin: { description: 'The old address readers follow, e.g. /2019/05/12/my-old-post or /posts/old-slug (a full URL of this site is shortened to its path).' },
      }
    }
    if (field.type === 'group' && 'name' in field && field.name === 'to') {
      return {
        ...field,
        fields: field.fields.map((inner) => (inner.type === 'text' && !inner.hasMany && inner.name === 'url' ? { ...inner, validate: validateUrl } : inner)),
      }
    }
    return field
  })
}

/**
 * One mechanism for moved addresses (@payloadcms/plugin-redirects): renamed posts and pages add a
 * record here (collections/hooks/redirectFormerSlug.ts), editors add and edit them in the admin, and
 * proxy.ts answers them from an in-memory copy (lib/redirects/redirectTable.ts).
 * Every redirect is permanent, so the plugin's redirect-type field is not enabled.
 */
export const siteRedirects = redirectsPlugin({
  collections: ['posts', 'pages'],
  overrides: {
    labels: { singular: 'Redirect', plural: 'Redirects' },
    access: { read: authenticated, create: authenticated, update: authenticated, delete: authenticated },
    admin: {
      useAsTitle: 'from',
      defaultColumns: ['from', 'to.type', 'updatedAt'],
      description: 'Old addresses and where they lead now (permanently: 301/308). Renaming a published post or page adds one by itself.',
    },
    fields: ({ defaultFields }) => withAddressRules(defaultFields),
    hooks: { beforeChange: [rejectSelfRedirect] },
  },
})
