import { cache } from 'react'

import { type Chapter, extractChapters } from '@/lib/chapters/extractChapters'
import type { Channel, Media, Post, Video } from '@/payload-types'

import { PUBLIC_READ, payloadClient } from './payload'

export type VideoSummary = Pick<Video, 'id' | 'title' | 'slug' | 'publishedAt' | 'duration' | 'youtubeId'> & { channel: Pick<Channel, 'name' | 'slug'> | null }

export type VideoPageData = Video & {
  channelDoc: Channel | null
  thumbnailDoc: Media | null
  scriptPost: Pick<Post, 'title' | 'slug'> | null
  /** Derived from the script's marked headings; empty without a published script. */
  chapters: Chapter[]
}

const channelOf = (video: Video) => (typeof video.channel === 'object' && video.channel ? video.channel : null)

/** All videos, newest first, optionally of one channel. */
export async function getVideos({ channel }: { channel?: string } = {}): Promise<VideoSummary[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    ...PUBLIC_READ,
    collection: 'videos',
    where: channel ? { 'channel.slug': { equals: channel } } : undefined,
    sort: '-publishedAt',
    limit: 200,
    depth: 1,
  })
  return docs.map((video) => {
    const owner = channelOf(video)
    return { ...video, channel: owner ? { name: owner.name, slug: owner.slug ?? '' } : null }
  })
}

/** A video with its channel, thumbnail, the published post that is its script and that script's chapters. */
export const getVideoBySlug = cache(async function getVideoBySlug(slug: string): Promise<VideoPageData | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({ ...PUBLIC_READ, collection: 'videos', where: { slug: { equals: slug } }, limit: 1, depth: 1 })
  const video = docs[0]
  if (!video) return null
  const { docs: scripts } = await payload.find({
    ...PUBLIC_READ,
    collection: 'posts',
    where: { video: { equals: video.id }, _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
    select: { title: true, slug: true, content: true },
  })
  const script = scripts[0]
  return {
    ...video,
    channelDoc: channelOf(video),
    thumbnailDoc: typeof video.thumbnail === 'object' ? (video.thumbnail ?? null) : null,
    scriptPost: script ? { title: script.title, slug: script.slug } : null,
    chapters: script ? extractChapters(script.content).chapters : [],
  }
})
