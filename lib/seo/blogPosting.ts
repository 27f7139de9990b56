import type { Post, Site } from '@/payload-types'
import { absoluteUrl } from '@/lib/richtext/urls'
import { siteBaseUrl } from '@/lib/site/baseUrl'

type Crumb = { name: string; path: string }

/** schema.org BlogPosting for a published script (https://schema.org/BlogPosting). */
export function blogPosting(post: Post, site: Site, imageUrl: string | null): Record<string, unknown> {
  const baseUrl = siteBaseUrl(site)
  const url = absoluteUrl(`/posts/${post.slug}`, baseUrl)
  const authors = (post.populatedAuthors ?? []).map((author) => author.name).filter(Boolean)
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    ...(post.excerpt ? { description: post.excerpt } : {}),
    url,
    mainEntityOfPage: url,
    ...(post.publishedAt ? { datePublished: post.publishedAt } : {}),
    dateModified: post.updatedAt,
    author: (authors.length ? authors : [site.title]).map((name) => ({ '@type': authors.length ? 'Person' : 'Organization', name })),
    ...(imageUrl ? { image: [absoluteUrl(imageUrl, baseUrl)] } : {}),
    publisher: { '@type': 'Organization', name: site.title, url: absoluteUrl('/', baseUrl) },
  }
}

/** schema.org BreadcrumbList from the home page down to the current page. */
export function breadcrumbList(site: Site, crumbs: Crumb[]): Record<string, unknown> {
  const baseUrl = siteBaseUrl(site)
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: site.title, path: '/' }, ...crumbs].map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, baseUrl),
    })),
  }
}
