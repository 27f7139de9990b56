import { convertHTMLToLexical, editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { SanitizedConfig } from 'payload'

import type { Post } from '@/payload-types'
import { readingFeatures } from '@/lib/richtext/editorFeatures'

export type LexicalState = Post['content']

let editorConfig: Promise<SanitizedServerEditorConfig> | null = null

/** The reading features' editor configuration (what the site renders), built once per process. */
export function readingEditorConfig(config: SanitizedConfig): Promise<SanitizedServerEditorConfig> {
  editorConfig ??= editorConfigFactory.fromFeatures({ config, features: readingFeatures() })
  return editorConfig
}

let parser: DOMParser | null = null

/**
 * What the converter asks of its JSDOM class: a window with the parsed document. A new JSDOM
 * builds a whole window (every DOM interface installed again, ~18 ms, most of a post's
 * conversion); one window's DOMParser gives each post a document of its own, parsed by the same
 * parser as a full page, for the cost of the parse alone.
 */
class ParsedPage {
  window: { document: Document }
  constructor(html: string) {
    parser ??= new new JSDOM('').window.DOMParser()
    this.window = { document: parser.parseFromString(html, 'text/html') }
  }
}

/** HTML → Lexical with richtext-lexical's own converter (jsdom as its DOM). */
export async function htmlToLexical(html: string, config: SanitizedConfig): Promise<LexicalState> {
  return convertHTMLToLexical({ editorConfig: await readingEditorConfig(config), html, JSDOM: ParsedPage }) as unknown as LexicalState
}
