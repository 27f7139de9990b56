import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { TermPage } from '@/components/terms/TermPage'
import { getTermPage } from '@/lib/data/terms'
import { termMetadata } from '@/lib/feeds/termMetadata'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return termMetadata('series', (await params).slug)
}

export default async function Page({ params }: Props) {
  const { slug } = await params
  const term = await getTermPage('series', slug)
  if (!term) notFound()
  return <TermPage term={term} path={`/series/${slug}`} />
}
