import type { Metadata } from 'next'

import { SourcesIndex } from '@/components/sources/SourcesIndex'
import { ALL } from '@/lib/routing/filteredLists'

// `/sources` and `/sources?type=<type>`, rewritten here by proxy.ts (lib/routing/filteredLists.ts,
// which sends unknown types to the whole list): rendered on first request and cached until a
// change drops it (lib/cache/invalidationPolicy.ts).
export const revalidate = 60
export const dynamicParams = true
export function generateStaticParams(): { type: string }[] {
  return []
}

export const metadata: Metadata = { title: 'Sources' }

type Props = { params: Promise<{ type: string }> }

export default async function SourcesPage({ params }: Props) {
  const { type } = await params
  return <SourcesIndex type={type === ALL ? null : type} />
}
