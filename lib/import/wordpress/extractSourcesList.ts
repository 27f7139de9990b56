type Node = { type: string; children?: Node[]; text?: string; fields?: { url?: string }; [key: string]: unknown }
type State = { root: Node & { children: Node[] } }

export type SourcesEntry = { author: string; title: string; annotation: string | null; url: string | null }
/** `unread` says why a SOURCES section found in the text was left there (null when there was none, or it was read). */
export type ExtractedSources = { state: State; entries: SourcesEntry[]; unread: string | null }

const textOf = (node: Node): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''))
const linksOf = (node: Node): string[] => [...(node.type === 'link' && node.fields?.url ? [node.fields.url] : []), ...(node.children ?? []).flatMap(linksOf)]

const HEADING = /^\s*sources\s*:?\s*$/i
const URL_IN_TEXT = /https?:\/\/[^\s<>"”’)]+/g
const QUOTES = /^[‘'"“«]\s*|\s*[’'"”»]$/g
const IMPRINT = /\s*(\([^()]*\b\d{4}\b[^()]*\))\s*$/

/**
 * One entry of a SOURCES list: "Author, Title" or "Author: ‘Title’. What it contributed … URL".
 * The author ends at the first colon (or, without one, the first comma); the title at the first
 * full stop, semicolon or closing quote after it; the rest is the annotation; the last URL (a link
 * or written out) is the source's address. Null when there is no author and title to find.
 */
export function parseSourcesEntry(text: string, links: string[] = []): SourcesEntry | null {
  const clean = text.replace(/\s+/g, ' ').trim()
  const colon = clean.indexOf(':')
  const comma = clean.indexOf(',')
  // A colon inside parentheses is the imprint's ("(New York: Harper & Row, 1967)"), not the author's.
  const split = colon > 0 && !clean.slice(0, colon).includes('(') && (comma < 0 || colon < comma + 40) ? colon : comma
  if (split <= 0) return null
  const author = clean.slice(0, split).trim()
  const rest = clean.slice(split + 1).trim()
  const quoted = /^[‘'"“«](.+?)[’'"”»][.,;:]?\s*(.*)$/s.exec(rest)
  const [title, tail] = quoted ? [quoted[1], quoted[2]] : (/^(.+?)(?:[.;]\s+(.*))?\.?$/s.exec(rest)?.slice(1) ?? [rest, ''])
  // The imprint after a title, "(New York: Harper & Row, 1967)", opens the annotation instead.
  const imprint = IMPRINT.exec(title ?? '')
  const cleanTitle = (imprint ? (title ?? '').slice(0, imprint.index) : (title ?? '')).replace(QUOTES, '').trim()
  if (!author || !cleanTitle || author.split(' ').length > 6) return null
  const urls = [...links, ...(clean.match(URL_IN_TEXT) ?? [])]
  const annotated = [imprint ? `${imprint[1]}.` : '', tail ?? ''].filter(Boolean).join(' ')
  const annotation = annotated.replace(URL_IN_TEXT, '').replace(/\s+([.,;:])/g, '$1').replace(/[\s(]+$/, '').trim()
  return { author, title: cleanTitle, annotation: annotation || null, url: urls.at(-1)?.replace(/[.,;]$/, '') ?? null }
}

/**
 * The SOURCES list that ends a script (a "SOURCES" heading or paragraph, then paragraphs or a
 * list, one entry each) taken out of the text, since the site builds that section itself from the
 * post's Sources. When any entry cannot be read, the section stays in the text as it is and no
 * entries are returned, so nothing is lost.
 */
export function extractSourcesList(state: State): ExtractedSources {
  const children = state.root.children
  const start = children.findLastIndex((node) => (node.type === 'heading' || node.type === 'paragraph') && HEADING.test(textOf(node)))
  if (start < 0) return { state, entries: [], unread: null }
  const entryNodes = children.slice(start + 1).flatMap((node) => (node.type === 'list' ? (node.children ?? []) : node.type === 'paragraph' ? [node] : [null]))
  if (entryNodes.length === 0) return { state, entries: [], unread: 'nothing follows its heading' }
  if (entryNodes.includes(null)) return { state, entries: [], unread: 'something other than paragraphs or a list follows its heading' }
  const entries: SourcesEntry[] = []
  for (const node of entryNodes as Node[]) {
    if (!textOf(node).trim()) continue
    const entry = parseSourcesEntry(textOf(node), linksOf(node))
    if (!entry) return { state, entries: [], unread: `the entry “${textOf(node).replace(/\s+/g, ' ').trim()}” does not read as “Author, Title”` }
    entries.push(entry)
  }
  return { state: { ...state, root: { ...state.root, children: children.slice(0, start) } }, entries, unread: null }
}
