import escapeHtml from 'escape-html'
import type { Payload } from 'payload'

import { siteHref } from '@/lib/richtext/siteHref'
import { youTubeWatchUrl } from '@/lib/youtube/parseYouTubeUrl'

import { citationSources } from './citationSources'
import { contentPieces } from './contentPieces'
import { decodeHtmlText } from './decodeHtmlText'
import { extractSourcesList, type SourcesEntry } from './extractSourcesList'
import { htmlToLexical, type LexicalState } from './htmlToLexical'
import { importFootnotes } from './importFootnotes'
import type { ImageImporter } from './importImages'
import { collectImages, placeImages } from './placeImages'
import { unwrapUnsafeLinks } from './unsafeLinks'
import { inlineCitations } from './recognizeInlineCitations'
import { recognizeQuotations, type SourceResolver } from './recognizeQuotations'
import { youtubeLinks } from './youtubeLinks'

export type ItemContent = {
  content: LexicalState
  video: { id: string; start: number | null } | null
  /** The embedded videos the text keeps as links (every one of a page's; a post's after the first). */
  otherVideos: { id: string; start: number | null }[]
  channels: string[]
  /** The SOURCES list that ended a script, taken out of its text. */
  sources: SourcesEntry[]
  warnings: string[]
}

/** An embedded video the text keeps: a paragraph linking to it on YouTube (at its start time). */
const videoLink = (video: { youtubeId: string; start: number | null }) => {
  const url = escapeHtml(youTubeWatchUrl({ id: video.youtubeId, start: video.start }))
  return `<p><a href="${url}">${url}</a></p>`
}
const NO_CONTENT = '<p>(This had no content on WordPress.)</p>'
const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a>/gi
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i

/**
 * An item's WordPress markup as Lexical: pieces (videos out, wpautop, blocks) → HTML → Lexical,
 * with images in Media (placeImages.ts) and, for scripts, the quotations and inline citations tied to sources.
 */
export async function itemContent(
  payload: Payload,
  html: string,
  options: { label: string; resolveSource: SourceResolver | null; images: ImageImporter | null; footnotes?: string | null },
): Promise<ItemContent> {
  const parts = contentPieces(html)
  const { pieces } = parts
  const warnings = parts.warnings.map((warning) => `In ${options.label}, ${warning.charAt(0).toLowerCase()}${warning.slice(1)}`)
  const videos = pieces.flatMap((piece) => (piece.kind === 'video' ? [piece] : []))
  // A script shows its first video with it (the post's video); any other stays in the text as a link to it.
  const linked = options.resolveSource !== null ? videos[0] : undefined
  const text = pieces.map((piece) => (piece.kind === 'html' ? piece.html : piece === linked ? '' : videoLink(piece))).join('')
  // WordPress 6.3+ footnotes (the `footnotes` meta): Footnote blocks in scripts (posts, the ones with a resolver); pages have none.
  const footnotes = importFootnotes(text, options.footnotes, { label: options.label, asBlocks: options.resolveSource !== null })
  const { html: withoutCaptions, images } = collectImages(footnotes.html)
  const markup = withoutCaptions
    // The site's editor has h2–h4 (the title is the page's h1): other levels move to the nearest.
    .replace(/<(\/?)h1(\s|>)/gi, '<$1h2$2')
    .replace(/<(\/?)h[56](\s|>)/gi, '<$1h4$2')
    // Links only to addresses the site allows (http(s), mailto, paths, #anchors); others keep their text.
    .replace(ANCHOR, (tag, attributes: string, inner: string) => {
      const found = HREF.exec(attributes)
      const href = decodeHtmlText(found?.[1] ?? found?.[2] ?? '').trim()
      if (href && !/\s/.test(href) && siteHref(href)) return tag
      warnings.push(`In ${options.label}, a link to ${href ? `“${href}”` : 'nowhere'} is not an address the site links to: kept as its text.`)
      return inner
    })
  const links = youtubeLinks(markup)
  // Content is required here; an item that had none says so in its text (and in the report).
  const empty = !markup.replace(/<[^>]*>/g, '').trim() && !/<img|<hr/i.test(markup)
  if (empty) warnings.push(`${options.label} had no content on WordPress: imported with a line saying so.`)
  let content = await htmlToLexical(empty ? NO_CONTENT : markup, payload.config)
  if (!empty && !(content.root.children ?? []).length) {
    // Markup with nothing the site shows (only a <style> or <script>, say): nothing readable was lost.
    warnings.push(`${options.label} had nothing readable in its content (only markup the site does not keep): imported with a line saying so.`)
    content = await htmlToLexical(NO_CONTENT, payload.config)
  }
  footnotes.takeNotes(content as never)
  await placeImages(content.root as never, images, options.images, options.label)
  let sources: SourcesEntry[] = []
  if (options.resolveSource) {
    // The SOURCES list first, so that its entries are read as written, never as citations.
    const list = extractSourcesList(content as never)
    if (list.unread) warnings.push(`In ${options.label}, the SOURCES list stays in the text as written (not linked to sources): ${list.unread}.`)
    const cited = citationSources(options.resolveSource)
    const inline = inlineCitations(cited, options.label)
    const recognized = await recognizeQuotations(list.state as never, cited, options.label, inline.passOn)
    content = recognized.state as unknown as LexicalState
    sources = list.entries
    warnings.push(...recognized.warnings, ...inline.warnings)
  }
  content = footnotes.place(content as never) as unknown as LexicalState
  warnings.push(...footnotes.warnings)
  // Whatever shape the HTML had (an unclosed <a>, an image link), no address the site would not write survives.
  unwrapUnsafeLinks(content.root as never, (url) => {
    const warning = `In ${options.label}, a link to ${url ? `“${url}”` : 'nowhere'} is not an address the site links to: kept as its text.`
    if (!warnings.includes(warning)) warnings.push(warning)
  })
  const first = linked ? { id: linked.youtubeId, start: linked.start } : options.resolveSource !== null ? (links.videos[0] ?? null) : null
  const otherVideos = videos.filter((video) => video !== linked).map((video) => ({ id: video.youtubeId, start: video.start }))
  return { content, video: first ? { id: first.id, start: first.start } : null, otherVideos, channels: links.channels, sources, warnings }
}
