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
        const validate: TextFieldSingleValidation = async (value, options) => {
          const own = payloadCheck ? await payloadCheck(value, options) : true
          if (own !== true && own !== undefined) return own
          if ((options.siblingData as { linkType?: string } | undefined)?.linkType === 'internal') return true
          return linkUrlProblem(value) ?? true
        }
        // Without Payload's beforeChange hook, which percent-encodes any address its own check
        // dislikes (`#notes`, `http://localhost/…` became `%23`, `http%3A%2F%2F…`: links to nowhere).
        return { ...field, hooks: { ...field.hooks, beforeChange: [] }, validate }
      }),
  })
