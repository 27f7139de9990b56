import { cache } from 'react'

import type { Channel, Post } from '@/payload-types'

import { PUBLIC_READ, payloadClient } from './payload'
import { getVideos, type VideoSummary } from './videos'
import { POST_FILTER_BY_TERM, type TermKind } from './termScopes'

export type TermPageData = {
  kind: TermKind
  title: string
  description: string | null
  /** The channel's page on YouTube, for channels. */
  externalUrl: string | null
  posts: Pick<Post, 'id' | 'title' | 'slug' | 'excerpt' | 'publishedAt' | 'seriesPosition'>[]
  /** A channel's videos, newest first; empty for other kinds. */
  videos: VideoSummary[]
}

/** A category, tag, series or channel with its published posts; series in part order, others newest first. */
export const getTermPage = cache(async function getTermPage(kind: TermKind, slug: string): Promise<TermPageData | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({ ...PUBLIC_READ, collection: kind, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  const term = docs[0]
  if (!term) return null
  const { docs: posts } = await payload.find({
    ...PUBLIC_READ,
    collection: 'posts',
    where: { _status: { equals: 'published' }, [POST_FILTER_BY_TERM[kind]]: { equals: slug } },
    sort: kind === 'series' ? 'seriesPosition' : '-publishedAt',
    limit: 100,
    depth: 0,
    select: { title: true, slug: true, excerpt: true, publishedAt: true, seriesPosition: true },
  })
  const channel = kind === 'channels' ? (term as Channel) : null
  return {
    kind,
    title: channel ? channel.name : (term as { title: string }).title,
    description: term.description ?? null,
    externalUrl: channel?.url ?? null,
    posts,
    videos: channel ? await getVideos({ channel: slug }) : [],
  }
})
