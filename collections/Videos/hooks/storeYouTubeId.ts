import type { CollectionBeforeChangeHook, TextFieldSingleValidation } from 'payload'

import type { Video } from '@/payload-types'
import { parseYouTubeUrl } from '@/lib/youtube/parseYouTubeUrl'

export const validateYouTubeUrl: TextFieldSingleValidation = (value) => {
  if (!value) return 'Enter the video’s YouTube URL.'
  const parsed = parseYouTubeUrl(value)
  return parsed.ok ? true : parsed.reason
}

/** Keeps the canonical 11-character id and start time beside the URL the author pasted. */
export const storeYouTubeId: CollectionBeforeChangeHook<Video> = ({ data }) => {
  if (typeof data.youtubeUrl !== 'string') return data
  const parsed = parseYouTubeUrl(data.youtubeUrl)
  if (!parsed.ok) return data
  return { ...data, youtubeUrl: data.youtubeUrl.trim(), youtubeId: parsed.id, startSeconds: parsed.start }
}
