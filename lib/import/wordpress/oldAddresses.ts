import { normalizeRedirectFrom } from '@/lib/redirects/redirectPaths'

import type { WxrItem } from './wxrTypes'

type Item = Pick<WxrItem, 'id' | 'type' | 'slug' | 'date' | 'link' | 'parent'>

/**
 * Every address a WordPress blog may have given an item, as redirect `from` values: its
 * `<link>` (whatever permalink structure the blog used), `?p=<id>` (posts and attachments) or
 * `?page_id=<id>` (pages), the date-based permalinks `/YYYY/MM/DD/<slug>` and `/YYYY/MM/<slug>`
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

/** The archive addresses of a category or tag: `/category/<parents…>/<slug>` and `/tag/<slug>`. */
export function termAddresses(taxonomy: 'category' | 'post_tag', slugPath: string[]): string[] {
  const from = normalizeRedirectFrom(taxonomy === 'category' ? `/category/${slugPath.join('/')}` : `/tag/${slugPath.at(-1)}`)
  return from.ok ? [from.value] : []
}
