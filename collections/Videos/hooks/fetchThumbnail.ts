import type { CollectionBeforeChangeHook } from 'payload'

import type { Video } from '@/payload-types'
import { youtubeThumbnailBaseUrl } from '@/lib/env'
import { fetchYouTubeThumbnail } from '@/lib/media/fetchYouTubeThumbnail'

/**
 * When a video is created (or pointed at another YouTube id) without a thumbnail, fetch YouTube's
 * once and store it in Media, so readers get the poster from this site. If the server cannot reach
 * YouTube the video saves anyway and the author can upload a thumbnail.
 */
export const fetchThumbnail: CollectionBeforeChangeHook<Video> = async ({ data, originalDoc, operation, req, context }) => {
  const baseUrl = youtubeThumbnailBaseUrl()
  const thumbnail = data.thumbnail !== undefined ? data.thumbnail : originalDoc?.thumbnail
  const newVideo = operation === 'create' || data.youtubeId !== originalDoc?.youtubeId
  if (!baseUrl || context.seeding || context.bulkImport || thumbnail || !data.youtubeId || !newVideo) return data

  const { image, failures } = await fetchYouTubeThumbnail(data.youtubeId, baseUrl)
  if (!image) {
    req.payload.logger.warn(`No thumbnail fetched for video ${data.youtubeId}; upload one in the admin. Tried: ${failures.join('; ')}`)
    return data
  }
  const media = await req.payload.create({
    collection: 'media',
    data: { alt: `Thumbnail of the video “${data.title ?? data.youtubeId}”`, credit: 'Video thumbnail from YouTube' },
    file: { data: image.data, mimetype: image.mimetype, name: image.name, size: image.size },
    req,
  })
  return { ...data, thumbnail: media.id }
}
