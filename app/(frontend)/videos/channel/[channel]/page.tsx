import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { VideosIndex } from '@/components/video/VideosIndex'
import { getChannels } from '@/lib/data/site'
import { ALL } from '@/lib/routing/filteredLists'

// `/videos` and `/videos?channel=<slug>`, rewritten here by proxy.ts (lib/routing/filteredLists.ts):
// rendered on first request and cached until a change drops it (lib/cache/invalidationPolicy.ts).
export const revalidate = 60
export const dynamicParams = true
export function generateStaticParams(): { channel: string }[] {
  return []
}

export const metadata: Metadata = { title: 'Videos' }

type Props = { params: Promise<{ channel: string }> }

export default async function VideosPage({ params }: Props) {
  const { channel } = await params
  if (channel === ALL) return <VideosIndex channel={null} />
  if (!(await getChannels()).some((known) => known.slug === channel)) notFound()
  return <VideosIndex channel={channel} />
}
