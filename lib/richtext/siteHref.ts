import { linkUrlProblem } from './urls'

type InternalDoc = { relationTo?: string; value?: unknown }

/** The site path of a post or page an internal link points to. */
export function internalDocPath({ relationTo, value }: InternalDoc): string {
  const raw = typeof value === 'object' && value && 'slug' in value ? (value as { slug: unknown }).slug : null
  // A document without a slug yet has no address of its own (String(null) made `/posts/null`).
  const slug = typeof raw === 'string' ? raw : ''
  if (!slug) return '/'
  return relationTo === 'posts' ? `/posts/${slug}` : `/${slug}`
}

/** An href as written when it is a site path (/path, #anchor) or http(s)/mailto; null for anything else (javascript:, data:, /\\host, …). */
export function siteHref(value: string | null | undefined): string | null {
  const href = (value ?? '').trim()
  return href && !linkUrlProblem(href) ? href : null
}
