import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getTermPage } from '@/lib/data/terms'
import type { TermKind } from '@/lib/data/termScopes'
import { termMetadata } from '@/lib/feeds/termMetadata'

import { TermPage } from './TermPage'

type Props = { params: Promise<{ slug: string }> }

/** The page and metadata of `/<kind>/<slug>` for categories, tags, series and channels. */
export function termRoute(kind: TermKind) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    return termMetadata(kind, (await params).slug)
  }
  async function Page({ params }: Props) {
    const { slug } = await params
    const term = await getTermPage(kind, slug)
    if (!term) notFound()
    return <TermPage term={term} path={`/${kind}/${slug}`} />
  }
  return { generateMetadata, Page }
}
