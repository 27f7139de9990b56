import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { LatestPosts } from '@/components/posts/LatestPosts'
import { getSite } from '@/lib/data/site'
import { pageMetadata } from '@/lib/seo/pageMetadata'

type Props = { params: Promise<{ page: string }> }

// Home is page 1: proxy.ts serves `/` from here (so it is cached like the other pages, with no
// database needed at build time) and sends `/page/1` to `/`.
export const revalidate = 60
export const dynamicParams = true
export function generateStaticParams(): { page: string }[] {
  return []
}

const pageNumber = (raw: string) => (/^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page)
  if (page === 1) return pageMetadata(await getSite(), { path: '/' })
  return page ? pageMetadata(await getSite(), { path: `/page/${page}`, title: `Latest scripts, page ${page}` }) : {}
}

export default async function PostsPage({ params }: Props) {
  const page = pageNumber((await params).page)
  if (page === null) notFound()
  return <LatestPosts page={page} />
}
