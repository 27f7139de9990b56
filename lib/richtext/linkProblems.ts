import { linkUrlProblem } from './urls'

type Node = { type?: string; text?: string; children?: Node[]; fields?: Record<string, unknown> | null }

const textOf = (node: Node): string => (node.text ?? '') + (node.children ?? []).map(textOf).join('')

/**
 * The first custom link in a Lexical document (rich text nested in a block's fields included: a
 * quotation's quote, a footnote) whose address the site refuses, as a sentence naming the link;
 * null when every link is fine. Payload's own message names only the field ("url").
 */
export function firstLinkProblem(state: unknown): string | null {
  const visit = (nodes: Node[]): string | null => {
    for (const node of nodes) {
      if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType !== 'internal') {
        const url = typeof node.fields?.url === 'string' ? node.fields.url : ''
        const problem = linkUrlProblem(url)
        if (problem) return `The link “${textOf(node).trim() || url}” (${JSON.stringify(url)}): ${problem}`
      }
      for (const value of Object.values(node.fields ?? {})) {
        const nested = (value as { root?: Node } | null)?.root
        const found = nested?.children ? visit(nested.children) : null
        if (found) return found
      }
      const found = node.children ? visit(node.children) : null
      if (found) return found
    }
    return null
  }
  const root = (state as { root?: Node } | null)?.root
  return root?.children ? visit(root.children) : null
}
