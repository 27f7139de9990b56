import { readFileSync } from 'node:fs'
import path from 'node:path'

import { plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'

import { projectRoot } from '@/lib/env'

import type { CitationStyle } from './styleList'

export { CITATION_STYLES, DEFAULT_CITATION_STYLE, isCitationStyle, type CitationStyle } from './styleList'

export const stylesDir = () => path.join(projectRoot(), 'lib', 'citations', 'styles')

/**
 * Registers the style with citation-js once and returns its name. Styles are read from disk at
 * first use: bundling 200 kB of XML into every server chunk would cost more than it saves.
 */
export function registeredStyle(style: CitationStyle): string {
  const templates = plugins.config.get('@csl').styles
  if (!templates.has(`scriptorium-${style}`)) {
    templates.add(`scriptorium-${style}`, readFileSync(path.join(stylesDir(), `${style}.csl`), 'utf8'))
  }
  return `scriptorium-${style}`
}
