import { LinkFeature } from '@payloadcms/richtext-lexical'
import type { FieldAffectingData, TextFieldSingleValidation } from 'payload'

import { linkUrlProblem } from './urls'

type Options = { enabledCollections?: ('posts' | 'pages')[] }

/**
 * Payload's link feature with its address checked on save: a path on this site or a full
 * http(s)/mailto address (lib/richtext/urls.ts). Its own check takes `javascript:`, `data:` and
 * `/\host` as valid URLs; every editor of the site (scripts, quotations, footnotes) uses this one.
 */
export const safeLinkFeature = ({ enabledCollections }: Options = {}) =>
  LinkFeature({
    ...(enabledCollections ? { enabledCollections } : {}),
    fields: ({ defaultFields }) =>
      defaultFields.map((field): FieldAffectingData => {
        if (field.name !== 'url' || field.type !== 'text' || field.hasMany) return field
        const payloadCheck = field.validate as TextFieldSingleValidation | undefined
        // Payload's check only for an internal link or an empty address (its "required" message):
        // an address is judged by linkUrlProblem alone. Payload's refuses any space, so a path
        // such as "/. /,alert(42)//#" (harmless, a browser encodes the space) could not be saved.
        const validate: TextFieldSingleValidation = async (value, options) => {
          if (!value || (options.siblingData as { linkType?: string } | undefined)?.linkType === 'internal') return payloadCheck ? payloadCheck(value, options) : true
          return linkUrlProblem(value) ?? true
        }
        // Without Payload's beforeChange hook, which percent-encodes any address its own check
        // dislikes (`#notes`, `http://localhost/…` became `%23`, `http%3A%2F%2F…`: links to nowhere).
        return { ...field, hooks: { ...field.hooks, beforeChange: [] }, validate }
      }),
  })
