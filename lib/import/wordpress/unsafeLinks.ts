import { siteHref } from '@/lib/richtext/siteHref'

type Node = { type: string; children?: Node[]; fields?: { linkType?: string; url?: string | null; [key: string]: unknown } | null; [key: string]: unknown }

// siteHref refuses what browsers would read as another host (`/\host`, tabs) as well; spaces too, here.
const isSafe = (url: string | null | undefined) => Boolean(url && !/\s/.test(url) && siteHref(url))

/**
 * Unwraps every custom link whose address the site would not link to (javascript:, data:, a
 * protocol-relative or malformed address), keeping its words. This is the guard on the converted
 * document itself, whatever shape the HTML had: an unclosed `<a>` or an image that could not be
 * fetched (placeImages.ts links to it) reach here too. Each unwrapped address is reported once.
 */
export function unwrapUnsafeLinks(root: { children?: Node[] }, warn: (url: string) => void): void {
  const visit = (nodes: Node[]): Node[] =>
    nodes.flatMap((node) => {
      const children = node.children ? visit(node.children) : undefined
      const isLink = node.type === 'link' || node.type === 'autolink'
      if (isLink && node.fields?.linkType !== 'internal' && !isSafe(node.fields?.url)) {
        warn(node.fields?.url ?? '')
        return children ?? []
      }
      // Rich text nested in a block (a quotation's quote, a footnote's note) is visited too.
      for (const value of Object.values(node.fields ?? {})) {
        const nested = (value as { root?: { children?: Node[] } } | null)?.root
        if (nested && Array.isArray(nested.children)) nested.children = visit(nested.children)
      }
      return [children ? { ...node, children } : node]
    })
  root.children = visit(root.children ?? [])
}
