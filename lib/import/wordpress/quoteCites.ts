const BLOCKQUOTE = /(<blockquote\b[^>]*>)([\s\S]*?)(<\/blockquote\s*>)/gi
const CITE = /<cite\b[^>]*>([\s\S]*?)<\/cite\s*>/gi
const EMPTY_PARAGRAPH = /<p\b[^>]*>\s*<\/p>/gi

/**
 * A `<cite>` inside a block quotation (Gutenberg's quote and pullquote put the source there) as
 * the quotation's last paragraph of its own: Payload's HTML converter would otherwise merge its
 * words into the quoted text ("…last words.S. Alliluyeva: …"), and a citation line standing
 * alone is what the quotation recogniser reads (recognizeQuotations.ts).
 */
export function quoteCitesAsParagraphs(html: string): string {
  return html.replace(BLOCKQUOTE, (whole, open: string, inner: string, close: string) => {
    const cites: string[] = []
    const rest = inner.replace(CITE, (_, text: string) => {
      if (text.trim()) cites.push(text.trim())
      return ''
    })
    if (!cites.length) return whole
    return `${open}${rest.replace(EMPTY_PARAGRAPH, '')}${cites.map((text) => `<p>${text}</p>`).join('')}${close}`
  })
}
