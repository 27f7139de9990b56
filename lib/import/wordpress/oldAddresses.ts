import { normalizeRedirectFrom } from '@/lib/redirects/redirectPaths'

import type { WxrItem, WxrTerm } from './wxrTypes'

type Item = Pick<WxrItem, 'id' | 'type' | 'slug' | 'date' | 'link' | 'parent'>

/**
 * Every address a WordPress blog may have given an item, as redirect `from` values: its
 * `<link>` (whatever permalink structure the blog used), `?p=<id>` (posts and attachments, which
 * also have `?attachment_id=<id>`) or `?page_id=<id>` (pages), the date-based permalinks `/YYYY/MM/DD/<slug>` and `/YYYY/MM/<slug>`
 * for posts (WordPress builds them from the local `post_date`), and for pages the path through
 * their parents (`/parent/child`). Links to another host than the blog's are not its addresses.
 */
export function oldAddresses(item: Item, itemsById: Map<string, Item>, blogOrigins: string[]): string[] {
  const addresses = new Set<string>()
  const add = (candidate: string) => {
    const normalized = normalizeRedirectFrom(candidate, blogOrigins)
    if (normalized.ok) addresses.add(normalized.value)
  }
  if (item.link && blogOrigins.some((origin) => item.link.toLowerCase().startsWith(origin.replace(/\/+$/, '').toLowerCase()))) add(item.link)
  if (item.id) add(item.type === 'page' ? `/?page_id=${item.id}` : `/?p=${item.id}`)
  if (item.id && item.type === 'attachment') add(`/?attachment_id=${item.id}`)
  const slug = item.slug
  if (item.type === 'post' && slug) {
    const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(item.date)
    if (date && date[1] !== '0000') {
      add(`/${date[1]}/${date[2]}/${date[3]}/${slug}`)
      add(`/${date[1]}/${date[2]}/${slug}`)
    }
    add(`/${slug}`)
  }
  if (item.type === 'page' && slug) add(`/${pagePath(item, itemsById).join('/')}`)
  return [...addresses]
}

/** A page's slug after its ancestors' (at most 20 levels: a loop in the export stops there). */
function pagePath(item: Item, itemsById: Map<string, Item>): string[] {
  const segments = [item.slug]
  let parent = itemsById.get(item.parent)
  for (let depth = 0; parent && parent.slug && depth < 20; depth++) {
    segments.unshift(parent.slug)
    parent = itemsById.get(parent.parent)
  }
  return segments
}

/**
 * The archive addresses of a category or tag: `/category/<parents…>/<slug>` (and `/category/<slug>`,
 * which WordPress also answers for a child), `/?cat=<id>`; `/tag/<slug>` and `/?tag=<slug>`.
 */
export function termAddresses(taxonomy: 'category' | 'post_tag', slugPath: string[], termId?: string): string[] {
  const slug = slugPath.at(-1) ?? ''
  const candidates =
    taxonomy === 'category'
      ? [`/category/${slugPath.join('/')}`, `/category/${slug}`, ...(termId ? [`/?cat=${termId}`] : [])]
      : [`/tag/${slug}`, `/?tag=${slug}`]
  const addresses = new Set<string>()
  for (const candidate of candidates) {
    const from = normalizeRedirectFrom(candidate)
    if (from.ok) addresses.add(from.value)
  }
  return [...addresses]
}

/** A category's slug after its parents' (at most 20 levels: a loop in the export stops there). */
export function categoryPath(slug: string, terms: Pick<WxrTerm, 'taxonomy' | 'slug' | 'parent'>[]): string[] {
  // The first entry of a slug: `wp:category` names its parent by slug; a later `wp:term` copy, by id.
  const bySlug = new Map<string, Pick<WxrTerm, 'slug' | 'parent'>>()
  for (const term of terms) if (term.taxonomy === 'category' && !bySlug.has(term.slug)) bySlug.set(term.slug, term)
  const segments = [slug]
  let parent = bySlug.get(bySlug.get(slug)?.parent ?? '')
  for (let depth = 0; parent && depth < 20 && !segments.includes(parent.slug); depth++) {
    segments.unshift(parent.slug)
    parent = bySlug.get(parent.parent)
  }
  return segments
}
