import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'

import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import escapeHtml from 'escape-html'

import { CHAPTER_MARKER_SLUG } from '@/lib/chapters/chapterMarker'
import type { Apparatus } from '@/lib/citations/apparatus'
import { CITATION_SLUG, FOOTNOTE_SLUG, QUOTATION_SLUG } from '@/lib/citations/blockTypes'
import { formatTimestamp, parseClockTime } from '@/lib/youtube/parseTimestamp'
import { youTubeWatchUrl } from '@/lib/youtube/parseYouTubeUrl'

import { internalDocPath } from './siteHref'
import { absoluteUrl, safeHref } from './urls'

/**
 * Lexical → HTML for feeds and other documents read outside the site: Payload's HTML converters,
 * with every link made absolute and limited to http(s)/mailto, and external links marked
 * rel="noopener noreferrer". Chapter markers become links that open the video at their second.
 */
type Options = { youtubeId?: string | null; apparatus?: Apparatus }

export function lexicalToHtml(data: SerializedEditorState, baseUrl: string, { youtubeId, apparatus }: Options = {}): string {
  const linkConverters = LinkHTMLConverter({
    internalDocToHref: ({ linkNode }) => absoluteUrl(internalDocPath((linkNode.fields.doc ?? {}) as { relationTo?: string; value?: unknown }), baseUrl),
  })
  const html = convertLexicalToHTML({
    data,
    disableContainer: true,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      ...linkConverters,
      blocks: {
        [QUOTATION_SLUG]: ({ node }: { node: SerializedBlockNode }) => {
          const fields = node.fields as { id: string; quote?: SerializedEditorState; attribution?: string | null }
          const mark = apparatus?.marks.get(fields.id)
          const quote = fields.quote ? lexicalToHtml(fields.quote, baseUrl) : ''
          const attribution = fields.attribution ? `<p>${escapeHtml(fields.attribution)}</p>` : ''
          const caption = mark ? `<figcaption>— ${mark.noteText}<sup>${mark.number}</sup></figcaption>` : ''
          return `<figure>${attribution}<blockquote>${quote}</blockquote>${caption}</figure>`
        },
      },
      inlineBlocks: {
        [CITATION_SLUG]: ({ node }) => {
          const mark = apparatus?.marks.get(String((node.fields as { id?: string }).id ?? ''))
          return mark ? `<sup>${mark.number}</sup>` : ''
        },
        [FOOTNOTE_SLUG]: ({ node }) => {
          const mark = apparatus?.footnotes.get(String((node.fields as { id?: string }).id ?? ''))
          return mark ? `<sup>${mark.number}</sup>` : ''
        },
        // A chapter marker links to its second of the video; without a video it shows nothing.
        [CHAPTER_MARKER_SLUG]: ({ node }) => {
          const start = parseClockTime(String((node.fields as { time?: unknown }).time ?? ''))
          if (!youtubeId || start === null) return ''
          return ` <a href="${escapeHtml(youTubeWatchUrl({ id: youtubeId, start }))}">▶ ${escapeHtml(formatTimestamp(start))}</a>`
        },
      },
    }),
  })
  // Payload's converters write hrefs/srcs/srcsets as given (or "#" for an address they refuse);
  // make each one absolute and safe here, and drop those that lead nowhere.
  const absolute = (value: string) => {
    const url = value === '#' ? null : safeHref(value.replace(/&amp;/g, '&'), baseUrl)
    return url ? url.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : null
  }
  return html
    .replace(/\s(href|src)="([^"]*)"/g, (_match, attribute: string, value: string) => {
      const url = absolute(value)
      return url ? ` ${attribute}="${url}"` : ''
    })
    .replace(/\ssrcset="([^"]*)"/g, (_match, value: string) => {
      // "url 320w, url 768w": each candidate's address made absolute, its descriptor kept.
      const candidates = value
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/))
        .map(([address, ...descriptor]) => {
          const url = address ? absolute(address) : null
          return url ? [url, ...descriptor].join(' ') : null
        })
      return candidates.every(Boolean) && candidates.length ? ` srcset="${candidates.join(', ')}"` : ''
    })
}

