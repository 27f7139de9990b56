import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/richtext/RichText'
import { getPageBySlug } from '@/lib/data/pages'
import { getSite } from '@/lib/data/site'
import { pageMetadata } from '@/lib/seo/pageMetadata'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request and cached; changes drop the cached copy (lib/revalidate), and the
// interval bounds staleness where no request context can (scheduled publishing).
export const revalidate = 60
export const dynamicParams = true
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPageBySlug((await params).slug)
  if (!page) return {}
  const image = typeof page.meta?.image === 'object' ? page.meta.image : null
  return pageMetadata(await getSite(), { path: `/${page.slug}`, title: page.meta?.title || page.title, description: page.meta?.description, image })
}

export default async function StandingPage({ params }: Props) {
  const page = await getPageBySlug((await params).slug)
  // Former addresses never get here: proxy.ts answers them from the redirects (lib/redirects/redirectTable.ts).
  if (!page) notFound()
  return (
    <article className="page">
      <h1>{page.title}</h1>
      <RichText data={page.content} />
    </article>
  )
}
