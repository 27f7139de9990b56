import { autop } from '@wordpress/autop'
import escapeHtml from 'escape-html'
import { parse } from '@wordpress/block-serialization-default-parser'

import { parseYouTubeUrl } from '@/lib/youtube/parseYouTubeUrl'

import { embeddedFrames } from './embeddedFrames'
import { quoteCitesAsParagraphs } from './quoteCites'

/**
 * A post's WordPress markup as an ordered list of pieces for the HTML → Lexical step: plain HTML,
 * YouTube videos (embed blocks, [embed]/[youtube] shortcodes, player iframes, a video URL alone on a line), and
 * warnings for what has no counterpart here. Nothing is dropped: an unknown block keeps its HTML
 * (so its words survive) and is reported.
 */
export type ContentPiece = { kind: 'html'; html: string } | { kind: 'video'; youtubeId: string; start: number | null; url: string }

export type ContentPieces = { pieces: ContentPiece[]; warnings: string[] }

type Block = ReturnType<typeof parse>[number]

// Blocks whose HTML (with their inner blocks in place) is the content as readers saw it. Layout
// blocks keep their wrappers too: a details block's summary or a cover's text lives there.
const HTML_BLOCKS = new Set([
  'core/paragraph', 'core/heading', 'core/list', 'core/list-item', 'core/quote', 'core/pullquote', 'core/image', 'core/separator',
  'core/preformatted', 'core/code', 'core/verse', 'core/table', 'core/html', 'core/more', 'core/nextpage', 'core/spacer',
  'core/group', 'core/columns', 'core/column', 'core/cover', 'core/media-text', 'core/buttons', 'core/button', 'core/details', 'core/gallery',
])
const EMBED_BLOCKS = /^(?:core\/embed|core-embed\/[\w-]+)$/

// [embed]URL[/embed], [youtube]URL[/youtube] (attributes allowed) and [youtube URL …].
const SHORTCODE_VIDEO = /\[(embed|youtube)(?:\s+[^\]]*)?\]\s*(https?:\/\/[^\s[]+)\s*\[\/\1\]|\[youtube\s+(https?:\/\/[^\s\]]+)[^\]]*\]/gi
const BARE_URL_LINE = /^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gm
const SHORTCODE = /\[(\w[\w-]*)(?:\s[^\]]*)?\]/g
// Shortcodes read here (embed, youtube) or by placeImages.ts (caption).
const HANDLED_SHORTCODES = new Set(['embed', 'youtube', 'caption'])
// WordPress's own media shortcodes: nothing here plays or lays them out, so they stay as text.
const MEDIA_SHORTCODES = new Set(['gallery', 'audio', 'video', 'playlist'])

export function contentPieces(content: string): ContentPieces {
  const result: ContentPieces = { pieces: [], warnings: [] }
  if (!content.trim()) return result
  if (content.includes('<!-- wp:')) for (const block of parse(content)) addBlock(block, result)
  else addClassic(content, result)
  return mergeHtml(result)
}

function addBlock(block: Block, result: ContentPieces) {
  const name = block.blockName
  if (name === null) {
    // Text between blocks (classic content in a block post): WordPress shows it as-is.
    if (block.innerHTML.trim()) addClassic(block.innerHTML, result)
    return
  }
  if (name === 'core/freeform') return addClassic(block.innerHTML, result)
  // WordPress 6.3+ renders the footnotes list here from the post's meta; the notes come from that meta (importFootnotes.ts).
  if (name === 'core/footnotes') return
  if (EMBED_BLOCKS.test(name)) {
    const url = typeof block.attrs?.url === 'string' ? block.attrs.url : ''
    const video = parseYouTubeUrl(url)
    if (video.ok) {
      result.pieces.push({ kind: 'video', youtubeId: video.id, start: video.start, url })
      // The embed's caption is the author's text: it follows the video as a paragraph.
      const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/i.exec(block.innerHTML)?.[1]
      if (caption?.trim()) result.pieces.push({ kind: 'html', html: `<p>${caption}</p>` })
    } else {
      result.warnings.push(`An embed of ${url || 'an unknown address'} (${name}) has no counterpart here: kept as its link and caption.`)
      const wrapped = block.innerHTML.replace(/(<div class="wp-block-embed__wrapper">\s*)(https?:\/\/[^\s<]+)/, (_, open: string, href: string) => `${open}<a href="${escapeHtml(href)}">${href}</a>`)
      if (wrapped.trim()) result.pieces.push({ kind: 'html', html: wrapped })
    }
    return
  }
  if (HTML_BLOCKS.has(name)) return addHtmlWithInner(block, result)
  result.warnings.push(`The block ${name} has no counterpart here: its text is kept as plain HTML.`)
  addHtmlWithInner(block, result)
}

/** A block's own HTML with its inner blocks' in their places (innerContent holds null for each). */
function addHtmlWithInner(block: Block, result: ContentPieces) {
  let inner = 0
  let html = ''
  for (const part of block.innerContent) {
    if (part !== null) html += part
    else {
      const nested: ContentPieces = { pieces: [], warnings: result.warnings }
      addBlock(block.innerBlocks[inner++], nested)
      html += nested.pieces.map((piece) => (piece.kind === 'html' ? piece.html : `<p><a href="${escapeHtml(piece.url)}">${escapeHtml(piece.url)}</a></p>`)).join('')
      for (const piece of nested.pieces) if (piece.kind === 'video') result.pieces.push(piece)
    }
  }
  if (html.trim()) result.pieces.push({ kind: 'html', html })
}

/** Classic-editor text: videos taken out where they stand, then paragraphs from blank lines (wpautop). */
function addClassic(text: string, result: ContentPieces) {
  const found: { index: number; length: number; url: string }[] = []
  for (const match of text.matchAll(SHORTCODE_VIDEO)) found.push({ index: match.index, length: match[0].length, url: match[2] ?? match[3] ?? '' })
  for (const match of text.matchAll(BARE_URL_LINE)) {
    if (parseYouTubeUrl(match[1]).ok && !found.some((entry) => match.index >= entry.index && match.index < entry.index + entry.length)) {
      found.push({ index: match.index, length: match[0].length, url: match[1] })
    }
  }
  found.sort((a, b) => a.index - b.index)
  let position = 0
  for (const { index, length, url } of found) {
    pushClassicHtml(text.slice(position, index), result)
    const video = parseYouTubeUrl(url)
    if (video.ok) result.pieces.push({ kind: 'video', youtubeId: video.id, start: video.start, url })
    else {
      result.warnings.push(`The shortcode ${text.slice(index, index + length).trim()} names no YouTube video: kept as text.`)
      pushClassicHtml(text.slice(index, index + length), result)
    }
    position = index + length
  }
  pushClassicHtml(text.slice(position), result)
}

function pushClassicHtml(text: string, result: ContentPieces) {
  if (!text.trim()) return
  for (const match of text.matchAll(SHORTCODE)) {
    const name = match[1].toLowerCase()
    if (HANDLED_SHORTCODES.has(name)) continue
    if (MEDIA_SHORTCODES.has(name)) result.warnings.push(`The shortcode [${match[1]}] has no counterpart here: kept as text.`)
    else result.warnings.push(`The shortcode [${match[1]}] is not WordPress's own: kept as text.`)
  }
  result.pieces.push({ kind: 'html', html: autop(text) })
}

function mergeHtml(result: ContentPieces): ContentPieces {
  const pieces: ContentPiece[] = []
  // Frames and quotation cites are read once the markup is whole (a block's HTML may hold either).
  const split = result.pieces.flatMap((piece) => (piece.kind === 'html' ? embeddedFrames(quoteCitesAsParagraphs(piece.html), result.warnings) : [piece]))
  for (const piece of split) {
    const last = pieces.at(-1)
    if (piece.kind === 'html' && last?.kind === 'html') last.html += piece.html
    else pieces.push(piece.kind === 'html' ? { ...piece } : piece)
  }
  return { pieces, warnings: [...new Set(result.warnings)] }
}

