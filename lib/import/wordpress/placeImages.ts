import type { ImageImporter } from './importImages'

type Node = { type: string; children?: Node[]; text?: string; [key: string]: unknown }

const IMG = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>/gi
const ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i
const FIGURE = /<figure\b[^>]*>([\s\S]*?)<\/figure>/gi
const FIGCAPTION = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/i
const CAPTION_SHORTCODE = /\[caption\b[^\]]*\]([\s\S]*?)\[\/caption\]/gi

export type ImageRef = { src: string; alt: string; caption: string | null }

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim()

/**
 * The images of some HTML with their alt text and caption. richtext-lexical's converter turns a
 * figure's caption into a loose paragraph and knows no [caption] shortcode, so captions are taken
 * out of the HTML here (the returned HTML has them removed) and put on the image afterwards.
 */
export function collectImages(html: string): { html: string; images: ImageRef[] } {
  const captions = new Map<string, string>()
  // A non-global copy: exec on the global IMG would leave a lastIndex that matchAll below inherits.
  const FIRST_IMG = new RegExp(IMG.source, 'i')
  const srcOf = (tag: string) => {
    const match = FIRST_IMG.exec(tag)
    return match ? (match[1] ?? match[2] ?? '') : null
  }
  let out = html.replace(CAPTION_SHORTCODE, (_, inner: string) => {
    const src = srcOf(inner)
    const text = stripTags(inner.replace(/<a\b[^>]*>\s*<img[^>]*>\s*<\/a>|<img[^>]*>/i, ''))
    if (src && text) captions.set(src, text)
    return inner.replace(/(<img[^>]*>)[\s\S]*$/i, '$1')
  })
  out = out.replace(FIGURE, (figure: string, inner: string) => {
    const src = srcOf(inner)
    const caption = FIGCAPTION.exec(inner)
    if (!src || !caption) return figure
    if (stripTags(caption[1])) captions.set(src, stripTags(caption[1]))
    return figure.replace(FIGCAPTION, '')
  })
  const images: ImageRef[] = []
  for (const match of out.matchAll(IMG)) {
    const src = match[1] ?? match[2] ?? ''
    const alt = ALT.exec(match[0])
    images.push({ src, alt: alt?.[1] ?? alt?.[2] ?? '', caption: captions.get(src) ?? null })
  }
  return { html: out, images }
}

const link = (src: string, text: string): Node => ({
  type: 'link',
  version: 3,
  direction: null,
  format: '',
  indent: 0,
  fields: { linkType: 'custom', newTab: false, url: src },
  children: [{ type: 'text', version: 1, text: text || src, format: 0, style: '', mode: 'normal', detail: 0 }],
})

/**
 * Points the converter's pending upload nodes at the Media documents (with the caption), lifting
 * an image that is alone in its paragraph out of it; an image that could not be imported becomes
 * a link to its address, so nothing is silently lost.
 */
export async function placeImages(root: Node, images: ImageRef[], importer: ImageImporter | null, label: string): Promise<void> {
  const bySrc = new Map(images.map((image) => [image.src, image]))
  const resolved = new Map<string, number | null>()
  for (const image of images) if (!resolved.has(image.src)) resolved.set(image.src, importer ? await importer.image(image.src, image.alt, image.caption, label) : null)

  const visit = (node: Node): Node[] => {
    if (node.type === 'upload' && node.pending && typeof (node.pending as { src?: unknown }).src === 'string') {
      const src = (node.pending as { src: string }).src
      const id = resolved.get(src) ?? null
      const image = bySrc.get(src)
      if (id === null) return [link(src, image?.alt ?? src)]
      return [{ type: 'upload', version: 3, format: '', id: node.id, relationTo: 'media', value: id, fields: image?.caption ? { caption: image.caption } : null }]
    }
    if (!node.children) return [node]
    const children = node.children.flatMap(visit)
    // An image alone in a paragraph (how the converter places it) stands on its own.
    if (node.type === 'paragraph' && children.length > 0 && children.every((child) => child.type === 'upload' || (child.type === 'text' && !child.text?.trim()))) {
      return children.filter((child) => child.type === 'upload')
    }
    return [{ ...node, children }]
  }
  root.children = (root.children ?? []).flatMap(visit)
}
