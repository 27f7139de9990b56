import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { LatestPosts } from '@/components/posts/LatestPosts'
import { getSite } from '@/lib/data/site'
import { pageMetadata } from '@/lib/seo/pageMetadata'

type Props = { params: Promise<{ page: string }> }

const pageNumber = (raw: string) => (/^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page)
  return page ? pageMetadata(await getSite(), { path: `/page/${page}`, title: `Latest scripts, page ${page}` }) : {}
}

export default async function PostsPage({ params }: Props) {
  const page = pageNumber((await params).page)
  if (page === null) notFound()
  if (page === 1) permanentRedirect('/')
  return <LatestPosts page={page} />
}
