import type { FieldHook, TextFieldSingleValidation } from 'payload'

import { parseYouTubeChannelUrl } from '@/lib/youtube/parseYouTubeChannelUrl'

export const validateChannelUrl: TextFieldSingleValidation = (value) => {
  if (!value) return 'Enter the channel’s YouTube URL.'
  const parsed = parseYouTubeChannelUrl(value)
  return parsed.ok ? true : parsed.reason
}

export const normaliseChannelUrl: FieldHook = ({ value }) => {
  if (typeof value !== 'string') return value
  const parsed = parseYouTubeChannelUrl(value)
  return parsed.ok ? parsed.url : value
}
