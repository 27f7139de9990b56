import { seoPlugin } from '@payloadcms/plugin-seo'
import type { GenerateDescription, GenerateImage, GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'
import type { Field } from 'payload'

import type { Page, Post } from '@/payload-types'
import { plainText } from '@/lib/richtext/plainText'
import { siteBaseUrl } from '@/lib/site/baseUrl'

import { seoPreviewPath } from './seoPreviewPath'
import { summarize } from './summarize'

type Doc = Partial<Post> & Partial<Page>

const generateTitle: GenerateTitle<Doc> = ({ doc }) => doc.title ?? ''

// Search engines show about 155 characters of a description.
const generateDescription: GenerateDescription<Doc> = ({ doc }) => summarize(doc.excerpt || plainText(doc.content), 155)

const generateImage: GenerateImage<Doc> = ({ doc }) => {
  const hero = doc.heroImage
  return typeof hero === 'object' && hero ? hero.id : (hero ?? '')
}

const generateURL: GenerateURL<Doc> = async ({ doc, collectionConfig, req }) => {
  const site = await req.payload.findGlobal({ slug: 'site', depth: 0, req })
  return `${siteBaseUrl(site)}${seoPreviewPath(collectionConfig?.slug, doc)}`
}

// The limits the admin enforced before the plugin; its own counter shows the recommended lengths.
const LIMITS: Record<string, number> = { title: 70, description: 200 }
const withLimits = (fields: Field[]): Field[] =>
  fields.map((field) => ('name' in field && LIMITS[field.name] && (field.type === 'text' || field.type === 'textarea') ? { ...field, maxLength: LIMITS[field.name] } : field))

/**
 * @payloadcms/plugin-seo on posts and pages: the `meta` group (title, description, image; the same
 * columns the hand-written group had), its Generate buttons and its search-result preview. Left
 * empty, pages fall back to the title, excerpt and hero image (or the video's poster) anyway.
 */
export const siteSeo = seoPlugin({
  collections: ['posts', 'pages'],
  uploadsCollection: 'media',
  generateTitle,
  generateDescription,
  generateImage,
  generateURL,
  fields: ({ defaultFields }) => withLimits(defaultFields),
})
