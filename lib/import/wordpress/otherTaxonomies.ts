import { countInternal, type ImportReport } from './importReport'
import type { WxrItem, WxrTerm } from './wxrTypes'

// Carried over as categories and tags (importTerms.ts).
const IMPORTED = new Set(['category', 'post_tag'])
// WordPress's own bookkeeping (formats, menus, block themes' parts): nothing a reader sees as the author's.
const WORDPRESS_INTERNAL = new Set(['post_format', 'nav_menu', 'link_category', 'wp_theme', 'wp_template_part_area', 'wp_pattern_category'])
const CONTENT_TYPES = new Set(['post', 'page'])

/**
 * Terms of every taxonomy but categories and tags, from the file's term list and the items' own
 * `<category domain="…">` entries: WordPress's internal ones are counted as not imported by design
 * (distinct terms, and how often posts and pages were assigned one); any other, the author's own
 * (a series, a custom taxonomy), is not imported either, and a warning says so.
 */
export function reportOtherTaxonomies(report: ImportReport, terms: WxrTerm[], items: WxrItem[]) {
  const taxonomies = new Map<string, { terms: Set<string>; assigned: number }>()
  const entry = (taxonomy: string) => {
    if (!taxonomies.has(taxonomy)) taxonomies.set(taxonomy, { terms: new Set(), assigned: 0 })
    return taxonomies.get(taxonomy)!
  }
  for (const term of terms) if (!IMPORTED.has(term.taxonomy)) entry(term.taxonomy).terms.add(term.slug || term.name)
  for (const item of items) {
    for (const term of item.terms) {
      if (IMPORTED.has(term.domain)) continue
      const taxonomy = entry(term.domain)
      taxonomy.terms.add(term.slug || term.name)
      if (CONTENT_TYPES.has(item.type)) taxonomy.assigned++
    }
  }
  for (const [name, { terms: distinct, assigned }] of taxonomies) {
    if (WORDPRESS_INTERNAL.has(name)) {
      countInternal(report, `${name} terms`, distinct.size)
      if (assigned) countInternal(report, `${name} term assignments`, assigned)
      continue
    }
    const counted = `${distinct.size} term${distinct.size === 1 ? '' : 's'}, assigned ${assigned} time${assigned === 1 ? '' : 's'} to posts and pages`
    report.warnings.push(
      name === 'series'
        ? `The taxonomy series (${counted}) is not imported: the site's Series are not filled from it; add the posts to their series here.`
        : `The taxonomy ${name} (${counted}) has no counterpart here: its terms are not imported.`,
    )
  }
}
