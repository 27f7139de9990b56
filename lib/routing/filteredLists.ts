import { sourceTypeOptions } from '@/collections/Sources/sourceTypes'

/**
 * `/sources?type=<type>` and `/videos?channel=<slug>` are lists filtered by their query string. A
 * page that reads its query string is rendered on every request, so proxy.ts rewrites each to a
 * route with the filter in its path (cached like every other page, one entry per filter):
 * `/sources/type/<type>` and `/videos/channel/<slug>`, with `_all` for the unfiltered list (a slug
 * never has an underscore, lib/slug/slugify.ts). The address a reader sees stays the same.
 */
export const ALL = '_all'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Where proxy.ts serves a filtered list from, or null when the request is not one. */
export function filteredListPath(pathname: string, search: URLSearchParams): string | null {
  if (pathname === '/sources') {
    // An unknown type shows the whole list, as it always did (and makes no cache entry of its own).
    const type = search.get('type')
    return `/sources/type/${sourceTypeOptions.some((option) => option.value === type) ? type : ALL}`
  }
  if (pathname === '/videos') {
    // Channels are in the database: the page answers 404 for a slug that names none.
    const channel = search.get('channel')
    return `/videos/channel/${channel && SLUG.test(channel) ? channel : ALL}`
  }
  return null
}
