/**
 * Characters XML 1.0 forbids: C0 controls except TAB, LF and CR, lone surrogates, U+FFFE/U+FFFF.
 * Imported and pasted text carries them; one in a feed makes the whole document unreadable.
 */
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export const stripForbiddenXmlChars = (text: string) => text.replace(FORBIDDEN_IN_XML, '')

/** Titles are plain text in every format: markup is dropped, entities decoded. */
export function plainText(html: string): string {
  return stripForbiddenXmlChars(html)
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}
