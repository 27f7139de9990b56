import type { Metadata } from 'next'

import { LatestPosts } from '@/components/posts/LatestPosts'
import { getSite } from '@/lib/data/site'
import { pageMetadata } from '@/lib/seo/pageMetadata'

// Rendered per request: building it statically would need the database at build time.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSite(), { path: '/' })
}

export default function HomePage() {
  return <LatestPosts page={1} />
}
