import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/richtext/RichText'
import { getPageBySlug } from '@/lib/data/pages'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPageBySlug((await params).slug)
  return page ? { title: page.title } : {}
}

export default async function StandingPage({ params }: Props) {
  const page = await getPageBySlug((await params).slug)
  if (!page) notFound()
  return (
    <article className="page">
      <h1>{page.title}</h1>
      <RichText data={page.content} />
    </article>
  )
}
