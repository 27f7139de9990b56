import escapeHtml from 'escape-html'

import { parseYouTubeUrl } from '@/lib/youtube/parseYouTubeUrl'

import { decodeHtmlText } from './decodeHtmlText'

export type FramePiece = { kind: 'html'; html: string } | { kind: 'video'; youtubeId: string; start: number | null; url: string }

// An <iframe> with its closing tag (or without one: HTML allows it), wherever it stands.
const IFRAME = /<iframe\b([^>]*)>(?:[\s\S]*?<\/iframe\s*>)?/gi
const SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i

/**
 * Splits HTML at its iframes: a YouTube player becomes a video piece where it stood; any other
 * frame is never embedded here (no third-party frames on the site) but keeps a link to its
 * address, with a warning, so nothing the author put there silently disappears.
 */
export function embeddedFrames(html: string, warnings: string[]): FramePiece[] {
  const pieces: FramePiece[] = []
  let position = 0
  for (const match of html.matchAll(IFRAME)) {
    if (match.index > position) pieces.push({ kind: 'html', html: html.slice(position, match.index) })
    position = match.index + match[0].length
    const found = SRC.exec(match[1])
    const src = decodeHtmlText(found?.[1] ?? found?.[2] ?? found?.[3] ?? '').trim()
    const video = parseYouTubeUrl(src)
    if (video.ok) {
      pieces.push({ kind: 'video', youtubeId: video.id, start: video.start, url: src })
    } else if (/^https?:\/\//i.test(src)) {
      warnings.push(`An embedded frame of ${src} is not a YouTube video: kept as a link to it.`)
      pieces.push({ kind: 'html', html: `<p><a href="${escapeHtml(src)}">${escapeHtml(src)}</a></p>` })
    } else {
      warnings.push(`An embedded frame ${src ? `of “${src}”` : 'with no address'} was left out: it is not a web address.`)
    }
  }
  if (position < html.length) pieces.push({ kind: 'html', html: html.slice(position) })
  return pieces
}
