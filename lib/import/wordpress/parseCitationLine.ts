/**
 * The citation lines of the first user's scripts, which follow (or end) a quotation:
 *   (S. Alliluyeva: ‘Twenty Letters to a Friend’, p. 216)   author, title and locator
 *   (Khrushchev, Memoirs, pp. 317-18)                         author, title and locator
 *   (p. 319)                                                  only a locator: the previous source
 * What does not read as one of these is not a citation (the caller keeps the text as it is).
 */
export type LocatorLabel = 'page' | 'chapter' | 'section' | 'paragraph' | 'line' | 'volume' | 'folio' | 'timestamp'

export type CitationLine = { author: string | null; title: string | null; label: LocatorLabel; locator: string }

// Abbreviations as they are written, longest first, with the CSL label each stands for.
const LOCATORS: [RegExp, LocatorLabel][] = [
  [/^(?:pp?\.|pages?)\s*/i, 'page'],
  [/^(?:chaps?\.|ch\.|chapters?)\s*/i, 'chapter'],
  [/^(?:sect?s?\.|§§?|sections?)\s*/i, 'section'],
  [/^(?:paras?\.|¶|paragraphs?)\s*/i, 'paragraph'],
  [/^(?:ll?\.|lines?)\s*/i, 'line'],
  [/^(?:vols?\.|volumes?)\s*/i, 'volume'],
  [/^(?:fols?\.|ff?\.|folios?)\s*/i, 'folio'],
]
const LOCATOR_VALUE = /^[\divxlcdm]+(?:\s*[-–—]\s*[\divxlcdm]+)?[a-z]?(?:\s*,\s*[\divxlcdm]+(?:\s*[-–—]\s*[\divxlcdm]+)?)*$/i
const TIMESTAMP = /^(?:\d{1,2}:)?\d{1,2}:\d{2}$/

/** `p. 216` → { label: 'page', locator: '216' }; null when it is not a locator. */
export function parseLocator(raw: string): { label: LocatorLabel; locator: string } | null {
  const text = raw.trim()
  if (TIMESTAMP.test(text)) return { label: 'timestamp', locator: text }
  for (const [prefix, label] of LOCATORS) {
    const match = prefix.exec(text)
    if (!match) continue
    const value = text.slice(match[0].length).trim().replace(/\s*[-—]\s*/g, '–')
    return LOCATOR_VALUE.test(value) ? { label, locator: value } : null
  }
  return null
}

const QUOTES = /^[‘'"“«]\s*|\s*[’'"”»]$/g
// "(Alliluyeva, 1967, p. 216)": a year or number where the title should be names no source.
const NUMBER_ONLY = /^\d[\d\s.\/–—-]*[a-z]?$/i

/** A citation line (with or without its parentheses), or null. */
export function parseCitationLine(raw: string): CitationLine | null {
  const inner = raw.trim().replace(/^\((.*)\)\.?$/s, '$1').trim()
  if (!inner || inner.length > 300) return null
  const only = parseLocator(inner)
  if (only) return { author: null, title: null, ...only }
  // The locator is the last comma-separated part; what precedes it names the source.
  const lastComma = inner.lastIndexOf(',')
  if (lastComma < 0) return null
  const locator = parseLocator(inner.slice(lastComma + 1))
  if (!locator) return null
  const head = inner.slice(0, lastComma).trim()
  const colon = head.indexOf(':')
  const [author, title] = colon > 0 ? [head.slice(0, colon), head.slice(colon + 1)] : splitAtFirstComma(head)
  const cleanTitle = title?.trim().replace(QUOTES, '').trim()
  if (!author?.trim() || !cleanTitle || NUMBER_ONLY.test(cleanTitle)) return null
  return { author: author.trim(), title: cleanTitle, ...locator }
}

function splitAtFirstComma(text: string): [string, string | undefined] {
  const comma = text.indexOf(',')
  return comma < 0 ? [text, undefined] : [text.slice(0, comma), text.slice(comma + 1)]
}
