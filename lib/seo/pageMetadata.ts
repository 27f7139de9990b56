import type { Metadata } from 'next'

import type { Media, Site } from '@/payload-types'
import { feedAlternates } from '@/lib/feeds/feedAlternates'
import { posterPath } from '@/lib/media/videoPoster'
import { absoluteUrl } from '@/lib/richtext/urls'
import { siteBaseUrl } from '@/lib/site/baseUrl'
import { siteDescription } from '@/lib/site/description'

type PageMetadataInput = {
  /** The page's own path, e.g. /posts/my-script: canonical and og:url. */
  path: string
  title?: string
  description?: string | null
  image?: Media | null
  type?: 'website' | 'article'
  publishedTime?: string | null
  modifiedTime?: string | null
  authors?: string[]
  /** Feed alternates other than the site's (term pages add their own). */
  feeds?: NonNullable<Metadata['alternates']>['types']
}

/** Canonical URL, Open Graph and Twitter card for a public page, from the site's base URL. */
export function pageMetadata(site: Site, input: PageMetadataInput): Metadata {
  const baseUrl = siteBaseUrl(site)
  const url = absoluteUrl(input.path, baseUrl)
  const image = posterPath(input.image ?? null)
  const images = image ? [{ url: absoluteUrl(image, baseUrl), alt: input.image?.alt ?? '' }] : undefined
  const description = input.description?.trim() || siteDescription(site)
  return {
    ...(input.title ? { title: input.title } : {}),
    description,
    alternates: { canonical: url, types: input.feeds ?? feedAlternates(site.title) },
    openGraph: {
      url,
      siteName: site.title,
      title: input.title ?? site.title,
      description,
      locale: site.language ?? 'en',
      images,
      ...(input.type === 'article'
        ? { type: 'article', publishedTime: input.publishedTime ?? undefined, modifiedTime: input.modifiedTime ?? undefined, authors: input.authors }
        : { type: 'website' }),
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title: input.title ?? site.title, description, images },
  }
}
