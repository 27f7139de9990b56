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

/** HTML → Lexical with richtext-lexical's own converter (jsdom as its DOM). */
export async function htmlToLexical(html: string, config: SanitizedConfig): Promise<LexicalState> {
  return convertHTMLToLexical({ editorConfig: await readingEditorConfig(config), html, JSDOM }) as unknown as LexicalState
}
