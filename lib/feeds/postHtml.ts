import escapeHtml from 'escape-html'

import type { Post } from '@/payload-types'
import { postSourceEntries, type SourceEntry } from '@/lib/citations/sourceText'
import { lexicalToHtml } from '@/lib/richtext/lexicalToHtml'
import { posterPath, videoPoster } from '@/lib/media/videoPoster'
import { absoluteUrl } from '@/lib/richtext/urls'
import { youTubeWatchUrl } from '@/lib/youtube/parseYouTubeUrl'

import { stripForbiddenXmlChars } from './xmlText'

/** One SOURCES entry: the formatted reference, its link, then the author's note on it. */
function sourceItem(entry: SourceEntry): string {
  const link = entry.url ? ` <a href="${escapeHtml(entry.url)}">${escapeHtml(entry.url)}</a>` : ''
  const note = entry.annotation ? ` — ${escapeHtml(entry.annotation)}` : ''
  return `<li>${escapeHtml(entry.text)}${link}${note}</li>`
}

/**
 * A post's full HTML for feed readers: the script, a link to its video (never an iframe: readers
 * strip them), and the annotated SOURCES list.
 */
export function postFeedHtml(post: Post, baseUrl: string): string {
  const video = typeof post.video === 'object' ? post.video : null
  const parts = [lexicalToHtml(post.content, baseUrl, { youtubeId: video?.youtubeId })]
  if (video?.youtubeId) {
    const url = escapeHtml(youTubeWatchUrl({ id: video.youtubeId, start: video.startSeconds ?? null }))
    // From our own media, never YouTube's servers.
    const poster = posterPath(videoPoster(video, post))
    if (poster) parts.push(`<p><a href="${url}"><img src="${escapeHtml(absoluteUrl(poster, baseUrl))}" alt="${escapeHtml(`Watch: ${video.title}`)}"></a></p>`)
    parts.push(`<p><a href="${url}">▶ Watch the video: ${escapeHtml(video.title)}</a></p>`)
  }
  const sources = postSourceEntries(post)
  if (sources.length > 0) parts.push(`<h2>Sources</h2><ol>${sources.map(sourceItem).join('')}</ol>`)
  return stripForbiddenXmlChars(parts.join('\n'))
}
