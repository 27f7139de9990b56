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
  private readonly texts = new Map<string, string>()

  /** A token standing for `text` in the package's output. */
  token(text: string): string {
    // Closed at both ends, so token 1 is not the start of token 10.
    const token = `scriptorium-text-${this.nonce}-${this.texts.size}-end`
    this.texts.set(token, text)
    return token
  }

  /** The package's XML with every token replaced by its text, escaped for where it stands. */
  fill(xml: string): string {
    let filled = xml
    for (const [token, text] of this.texts) {
      const before = filled
      filled = filled
        // An Atom text construct stays type="html", holding the text HTML-escaped: type="text" with
        // "<tags>" in it reads as escaped markup to validators (checklist §3, text constructs).
        .replaceAll(`type="html"><![CDATA[${token}]]>`, `type="html">${escapeXml(escapeHtml(text))}`)
        .replaceAll(`<![CDATA[${token}]]>`, escapeXml(text))
        // Element text or an attribute value: the same escaping serves both.
        .replaceAll(token, escapeXml(text))
      if (filled === before) throw new Error(`Feed text "${text.slice(0, 80)}" did not reach the XML: its token is not where the feed package was expected to write it.`)
    }
    return filled
  }
}

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
