import escapeHtml from 'escape-html'

import type { Post, Source } from '@/payload-types'
import { lexicalToHtml } from '@/lib/richtext/lexicalToHtml'
import { posterPath, videoPoster } from '@/lib/media/videoPoster'
import { absoluteUrl } from '@/lib/richtext/urls'
import { youTubeWatchUrl } from '@/lib/youtube/parseYouTubeUrl'

import { stripForbiddenXmlChars } from './xmlText'

/** "Family, Given" for each author, then the title and year: enough until CSL formatting arrives. */
function sourceLine(source: Source): string {
  const authors = (source.authors ?? []).map((a) => a.literal || [a.family, a.given].filter(Boolean).join(', ')).filter(Boolean)
  const year = source.issued?.year ? ` (${source.issued.year})` : ''
  const title = source.url ? `<a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>` : `<cite>${escapeHtml(source.title)}</cite>`
  return `${authors.length ? `${escapeHtml(authors.join('; '))}: ` : ''}${title}${year}`
}

/**
 * A post's full HTML for feed readers: the script, a link to its video (never an iframe: readers
 * strip them), and the annotated SOURCES list.
 */
export function postFeedHtml(post: Post, baseUrl: string): string {
  const parts = [lexicalToHtml(post.content, baseUrl)]
  const video = typeof post.video === 'object' ? post.video : null
  if (video?.youtubeId) {
    const url = escapeHtml(youTubeWatchUrl({ id: video.youtubeId, start: video.startSeconds ?? null }))
    // From our own media, never YouTube's servers.
    const poster = posterPath(videoPoster(video, post))
    if (poster) parts.push(`<p><a href="${url}"><img src="${escapeHtml(absoluteUrl(poster, baseUrl))}" alt="${escapeHtml(`Watch: ${video.title}`)}"></a></p>`)
    parts.push(`<p><a href="${url}">▶ Watch the video: ${escapeHtml(video.title)}</a></p>`)
  }
  const sources = (post.sources ?? []).filter((row) => typeof row.source === 'object')
  if (sources.length > 0) {
    const items = sources.map((row) => {
      const note = row.annotation ? ` — ${escapeHtml(row.annotation)}` : ''
      return `<li>${sourceLine(row.source as Source)}${note}</li>`
    })
    parts.push(`<h2>Sources</h2><ol>${items.join('')}</ol>`)
  }
  return stripForbiddenXmlChars(parts.join('\n'))
}
