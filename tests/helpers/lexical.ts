import type { Post } from '@/payload-types'

/** Builders for small, valid Lexical documents in tests. */
type Node = Record<string, unknown>

const element = { version: 1, direction: 'ltr', format: '', indent: 0 } as const

export const text = (value: string): Node => ({ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 })

export const paragraph = (...children: (string | Node)[]): Node => ({
  type: 'paragraph',
  ...element,
  textFormat: 0,
  textStyle: '',
  children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
})

let markerCount = 0
/** A chapter-time inline block as the editor stores it. */
export const chapterMarker = (time: string): Node => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: `chapter${String(++markerCount).padStart(19, '0')}`, blockName: '', blockType: 'chapter', time },
})

export const heading = (tag: 'h1' | 'h2' | 'h3' | 'h4', title: string, time?: string): Node => ({
  type: 'heading',
  ...element,
  tag,
  children: time === undefined ? [text(title)] : [text(`${title} `), chapterMarker(time)],
})

export const lexicalDocument = (...children: Node[]): Post['content'] => ({
  root: { type: 'root', ...element, children },
}) as Post['content']

/** The smallest valid Lexical document: one paragraph of text. */
export const lexicalParagraph = (value: string): Post['content'] => lexicalDocument(paragraph(value))

let blockCount = 0
const blockId = (prefix: string) => `${prefix}${String(++blockCount).padStart(20, '0')}`

/** An inline citation as the editor stores it. */
export const citationNode = (source: number, locator?: string, label = 'page'): Node => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: blockId('c'), blockName: '', blockType: 'citation', source, label, locator: locator ?? null },
})

/** A quotation block as the editor stores it. */
export const quotationNode = (source: number, quote: string, locator?: string, attribution?: string): Node => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: blockId('q'), blockName: '', blockType: 'quotation', quote: lexicalParagraph(quote), attribution: attribution ?? null, source, label: 'page', locator: locator ?? null },
})

/** A footnote inline block as the editor stores it, its note a small Lexical document. */
export const footnoteNode = (...note: Node[]): Node => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: blockId('f'), blockName: '', blockType: 'footnote', note: lexicalDocument(...note) },
})

/** A custom link as the editor stores it. */
export const linkNode = (url: string, label: string): Node => ({
  type: 'link',
  ...element,
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(label)],
})

/** A quotation block whose quote is the given paragraphs (links, formatting). */
export const quotationOf = (source: number, ...quote: Node[]): Node => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: blockId('q'), blockName: '', blockType: 'quotation', quote: lexicalDocument(...quote), attribution: null, source, label: 'page', locator: null },
})
