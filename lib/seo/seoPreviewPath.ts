import { internalDocPath } from '@/lib/richtext/siteHref'
import { slugify } from '@/lib/slug/slugify'

type Unsaved = { slug?: string | null; title?: string | null }

/**
 * The path the SEO tab's search-result preview shows for a post or page as it is being edited:
 * its slug, or, before one is set, the one saving will make from its title (without the -2 a
 * taken slug would get). It said `/posts/null` for a new post.
 */
export function seoPreviewPath(collection: string | undefined, doc: Unsaved): string {
  const slug = typeof doc.slug === 'string' && doc.slug.trim() ? doc.slug.trim() : slugify(typeof doc.title === 'string' ? doc.title : '')
  return internalDocPath({ relationTo: collection, value: { slug } })
}
