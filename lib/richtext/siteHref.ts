import { ALLOWED_PROTOCOLS } from './urls'

type InternalDoc = { relationTo?: string; value?: unknown }

/** The site path of a post or page an internal link points to. */
export function internalDocPath({ relationTo, value }: InternalDoc): string {
  const slug = typeof value === 'object' && value && 'slug' in value ? String((value as { slug: unknown }).slug) : ''
  if (!slug) return '/'
  return relationTo === 'posts' ? `/posts/${slug}` : `/${slug}`
}

/** An href as written when it is relative (/path, #anchor) or http(s)/mailto; null for anything else (javascript:, data:, …). */
export function siteHref(value: string | null | undefined): string | null {
  const href = (value ?? '').trim()
  if (!href) return null
  if (/^(\/(?!\/)|#|\?)/.test(href)) return href
  try {
    return ALLOWED_PROTOCOLS.has(new URL(href).protocol) ? href : null
  } catch {
    return null
  }
}
