import escapeHtml from 'escape-html'

import type { Post } from '@/payload-types'
import { type BibliographyEntry, buildApparatus, isFootnoteNote, type PageNote } from '@/lib/citations/apparatus'
import type { CitationStyle } from '@/lib/citations/styleList'
import { lexicalToHtml } from '@/lib/richtext/lexicalToHtml'
import { posterPath, videoPoster } from '@/lib/media/videoPoster'
import { absoluteUrl } from '@/lib/richtext/urls'
import { youTubeWatchUrl } from '@/lib/youtube/parseYouTubeUrl'

import { stripForbiddenXmlChars } from './xmlText'

/** One Sources entry: the formatted reference (citeproc HTML), then the author's note on it. */
function sourceItem({ reference, annotation }: BibliographyEntry): string {
  return `<li>${reference}${annotation ? ` — ${escapeHtml(annotation)}` : ''}</li>`
}

/** A note: the uses of its source, or a footnote's own text through the same converters as the script. */
const noteItem = (note: PageNote, baseUrl: string) =>
  `<li value="${note.number}">${isFootnoteNote(note) ? lexicalToHtml(note.footnote, baseUrl) : note.uses.map((use) => use.text).join(' ')}</li>`

/**
 * A post's full HTML for feed readers: the script, a link to its video (never an iframe: readers
 * strip them), numbered notes for citations, quotations and footnotes, and the annotated Sources list.
 */
export function postFeedHtml(post: Post, baseUrl: string, style: CitationStyle): string {
  const video = typeof post.video === 'object' ? post.video : null
  const apparatus = buildApparatus(post, style, 'html')
  const parts = [lexicalToHtml(post.content, baseUrl, { youtubeId: video?.youtubeId, apparatus })]
  if (video?.youtubeId) {
    const url = escapeHtml(youTubeWatchUrl({ id: video.youtubeId, start: video.startSeconds ?? null }))
    // From our own media, never YouTube's servers.
    const poster = posterPath(videoPoster(video, post))
    if (poster) parts.push(`<p><a href="${url}"><img src="${escapeHtml(absoluteUrl(poster, baseUrl))}" alt="${escapeHtml(`Watch: ${video.title}`)}"></a></p>`)
    parts.push(`<p><a href="${url}">▶ Watch the video: ${escapeHtml(video.title)}</a></p>`)
  }
  if (apparatus.allNotes.length > 0) parts.push(`<h2>Notes</h2><ol>${apparatus.allNotes.map((note) => noteItem(note, baseUrl)).join('')}</ol>`)
  if (apparatus.bibliography.length > 0) parts.push(`<h2>Sources</h2><ul>${apparatus.bibliography.map(sourceItem).join('')}</ul>`)
  return stripForbiddenXmlChars(parts.join('\n'))
}
