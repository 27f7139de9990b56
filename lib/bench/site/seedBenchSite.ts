import path from 'node:path'

import type { Payload } from 'payload'

import { startBenchImageServer } from '@/lib/bench/benchImageServer'
import { generateWordPressExport } from '@/lib/bench/generateWordPressExport'
import { importWordPress } from '@/lib/import/wordpress/importWordPress'

export const BENCH_ADMIN = { email: 'bench@example.com', password: 'bench-password-0123456789', name: 'Bench' }

export type BenchSite = {
  postSlug: string
  /** Every published script, newest first: the uncached row renders a different one each request. */
  postSlugs: string[]
  categorySlug: string
  searchTerm: string
}

/**
 * N realistic scripts in the bench's database: the import bench's generated WordPress export
 * (~6,000 words, 5 headings, ~20 quotations tied to sources, a SOURCES list, a video, categories,
 * tags and images each), imported the way a user moves in, plus an admin to publish with.
 */
export async function seedBenchSite(payload: Payload, { posts, folder, log }: { posts: number; folder: string; log: (line: string) => void }): Promise<BenchSite> {
  const images = await startBenchImageServer()
  try {
    const file = path.join(folder, 'bench-site-export.xml')
    const facts = await generateWordPressExport({ file, imageOrigin: images.origin, posts, seed: 1 })
    await images.load(facts.images)
    let lines = 0
    await importWordPress(payload, file, { onProgress: (line) => (++lines % 100 === 0 ? log(`  ${line}`) : undefined) })
  } finally {
    await images.close()
  }
  await payload.create({ collection: 'users', data: { ...BENCH_ADMIN, role: 'admin' }, overrideAccess: true })
  // The newest script (what a video's description links to) and the category with the most of them.
  const published = (await payload.find({ collection: 'posts', sort: '-publishedAt', pagination: false, depth: 0, select: { slug: true }, overrideAccess: true, where: { _status: { equals: 'published' } } })).docs
  const [newest] = published
  const categories = (await payload.find({ collection: 'categories', pagination: false, depth: 0, overrideAccess: true })).docs
  const counts = await Promise.all(categories.map(async (category) => ({ slug: category.slug ?? '', posts: (await payload.count({ collection: 'posts', where: { categories: { in: [category.id] } }, overrideAccess: true })).totalDocs })))
  const busiest = counts.sort((a, b) => b.posts - a.posts)[0]
  if (!newest?.slug || !busiest?.slug) throw new Error('The bench export imported no published post or category.')
  return { postSlug: newest.slug, postSlugs: published.flatMap((post) => (post.slug ? [post.slug] : [])), categorySlug: busiest.slug, searchTerm: 'printing' }
}
