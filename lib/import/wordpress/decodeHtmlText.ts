import { JSDOM } from 'jsdom'

let document: Document | null = null

/**
 * WordPress stores titles and excerpts HTML-escaped inside CDATA (`Media &amp; Text`): one round
 * of HTML decoding, by the HTML parser itself (jsdom), gives the text as the blog showed it. Tags
 * in a title (`Title <em>With</em> Markup`) are dropped to their text. Surrogate references decode
 * to U+FFFD, as the HTML standard says, never to lone surrogates.
 */
export function decodeHtmlText(html: string): string {
  if (!/[&<]/.test(html)) return html
  document ??= new JSDOM('').window.document
  const container = document.createElement('div')
  container.innerHTML = html
  return container.textContent ?? ''
}
