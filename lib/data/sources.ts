import { cache } from 'react'

import type { Post, Source } from '@/payload-types'
import { postSourceDocs } from '@/lib/citations/apparatus'
import { extractCitations } from '@/lib/citations/extractCitations'

import { PUBLIC_READ, payloadClient } from './payload'
import { getPostBySlug } from './posts'

export type CitingPost = Pick<Post, 'id' | 'title' | 'slug' | 'publishedAt'> & { locators: string[] }

const published = { _status: { equals: 'published' } } as const

/** All sources alphabetically (optionally of one type), each with how many published posts cite it (its `citationCount`, counted for all of them in one statement). */
export async function getSources({ type }: { type?: string } = {}): Promise<(Source & { citedBy: number })[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({ ...PUBLIC_READ, collection: 'sources', where: type ? { type: { equals: type } } : undefined, sort: 'citationLabel', pagination: false, depth: 0 })
  return docs.map((source) => ({ ...source, citedBy: source.citationCount ?? 0 }))
}

/** A source with every published post citing it and the locators each uses. */
export const getSourceBySlug = cache(async function getSourceBySlug(slug: string): Promise<{ source: Source; citedIn: CitingPost[] } | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({ ...PUBLIC_READ, collection: 'sources', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  const source = docs[0]
  if (!source) return null
  const { docs: posts } = await payload.find({
    ...PUBLIC_READ,
    collection: 'posts',
    where: { ...published, citedSources: { in: [source.id] } },
    pagination: false,
    depth: 0,
    sort: '-publishedAt',
    select: { title: true, slug: true, publishedAt: true, content: true },
  })
  const citedIn = posts.map(({ id, title, slug: postSlug, publishedAt, content }) => ({
    id,
    title,
    slug: postSlug,
    publishedAt,
    locators: [...new Set(extractCitations(content).filter((use) => use.sourceId === source.id && use.locator).map((use) => `${use.label ?? 'page'} ${use.locator}`))],
  }))
  return { source, citedIn }
})

/** Every source, for the site-wide exports. */
export async function getAllSources(): Promise<Source[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({ ...PUBLIC_READ, collection: 'sources', sort: 'citationLabel', pagination: false, depth: 0 })
  return docs
}

/** The sources a published post cites or lists, for its exports; null when there is no such post. */
export async function getPostSources(slug: string): Promise<Source[] | null> {
  const post = await getPostBySlug(slug)
  return post ? postSourceDocs(post) : null
}
