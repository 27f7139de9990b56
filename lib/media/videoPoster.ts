import type { Media, Post, Video } from '@/payload-types'

const populated = (value: number | Media | null | undefined): Media | null => (typeof value === 'object' && value ? value : null)

/** The image shown for a video, always from our own media: its thumbnail, else the post's hero image. */
export function videoPoster(video: Pick<Video, 'thumbnail'> | null, post?: Pick<Post, 'heroImage'>): Media | null {
  return populated(video?.thumbnail) ?? populated(post?.heroImage)
}

/** The poster's path at the 1200×630 size when it exists. */
export const posterPath = (media: Media | null): string | null => media?.sizes?.og?.url ?? media?.url ?? null
