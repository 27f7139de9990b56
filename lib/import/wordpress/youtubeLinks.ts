import { parseYouTubeChannelUrl } from '@/lib/youtube/parseYouTubeChannelUrl'
import { parseYouTubeUrl } from '@/lib/youtube/parseYouTubeUrl'

import { decodeHtmlText } from './decodeHtmlText'

export type YouTubeLinks = { videos: { id: string; start: number | null; url: string }[]; channels: string[] }

const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi

/**
 * The YouTube videos and channels an HTML fragment links to (an Introduction page linking the
 * two channels, a script linking its video), each once, in order of first appearance. Channel
 * links come back in the canonical form Channels stores.
 */
export function youtubeLinks(html: string): YouTubeLinks {
  const videos = new Map<string, YouTubeLinks['videos'][number]>()
  const channels = new Set<string>()
  for (const match of html.matchAll(HREF)) {
    const href = decodeHtmlText(match[1] ?? match[2] ?? '')
    const video = parseYouTubeUrl(href)
    if (video.ok) {
      if (!videos.has(video.id)) videos.set(video.id, { id: video.id, start: video.start, url: href })
      continue
    }
    const channel = parseYouTubeChannelUrl(href)
    if (channel.ok) channels.add(channel.url)
  }
  return { videos: [...videos.values()], channels: [...channels] }
}

