import { randomBytes } from 'node:crypto'

import escapeHtml from 'escape-html'

/**
 * Text the `feed` package cannot write into XML correctly, written here instead. It hands titles
 * to xml-js as CDATA, whose writer splits only the first "]]>" (a second one ends the section and
 * breaks the document), puts Atom titles in type="html" as they are (so a plain-text "a<b" reads as a tag),
 * and leaves "<" unescaped in attribute values (a category label "Fish < Chips" is not XML). The
 * package gets a token for each such text; `fill` writes the text escaped where the token is.
 */
export class FeedXmlText {
  private readonly nonce = randomBytes(6).toString('hex')
  private readonly texts: string[] = []

  /** A token standing for `text` in the package's output. */
  token(text: string): string {
    this.texts.push(text)
    // Closed at both ends, so token 1 is not the start of token 10.
    return `scriptorium-text-${this.nonce}-${this.texts.length - 1}-end`
  }

  /** The package's XML with every token replaced by its text, escaped for where it stands; one pass over a feed that can be ~1 MB. */
  fill(xml: string): string {
    const found = new Set<number>()
    const tokens = new RegExp(`(type="html">)?(<!\\[CDATA\\[)?scriptorium-text-${this.nonce}-(\\d+)-end(\\]\\]>)?`, 'g')
    const filled = xml.replace(tokens, (match, html: string | undefined, open: string | undefined, index: string, close: string | undefined) => {
      const text = this.texts[Number(index)]
      if (text === undefined || Boolean(open) !== Boolean(close)) throw new Error(`The feed package wrote a text token where it was not expected: ${match}`)
      found.add(Number(index))
      // An Atom text construct stays type="html", holding the text HTML-escaped: type="text" with
      // "<tags>" in it reads as escaped markup to validators (checklist §3, text constructs).
      // Element text, CDATA's place or an attribute value: the same XML escaping serves each.
      return html ? `${html}${escapeXml(escapeHtml(text))}` : escapeXml(text)
    })
    const missing = this.texts.findIndex((_, index) => !found.has(index))
    if (missing !== -1) throw new Error(`Feed text "${this.texts[missing].slice(0, 80)}" did not reach the XML: its token is not where the feed package was expected to write it.`)
    return filled
  }
}

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
