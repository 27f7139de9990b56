import type { Site } from '@/payload-types'

/**
 * What the site says it is, for pages with no description of their own: its description, else its
 * tagline, else one made from its title. Never empty: search engines and link previews show it,
 * and an imported site often has neither (WordPress exports carry only a title and tagline).
 */
export function siteDescription(site: Pick<Site, 'title' | 'description' | 'tagline'>): string {
  return site.description?.trim() || site.tagline?.trim() || `${site.title}: video essays written down, with their sources.`
}
