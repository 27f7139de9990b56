import { Cite, type CslItem } from '@citation-js/core'
import '@citation-js/plugin-bibtex'

import type { Post, Site } from '@/payload-types'

import { cachedFormat } from './formatCache'
import { formatCslBibliography } from './formatCitations'
import { CITATION_STYLES } from './styleList'

/** The post itself as a CSL item (a blog post in the site), for "Cite this post". */
export function postCslItem(post: Pick<Post, 'id' | 'title' | 'publishedAt' | 'populatedAuthors'>, site: Pick<Site, 'title'>, url: string): CslItem {
  const published = post.publishedAt ? new Date(post.publishedAt) : null
  const authors = (post.populatedAuthors ?? []).map((author) => author.name?.trim()).filter((name): name is string => Boolean(name))
  return {
    id: `post-${post.id}`,
    type: 'post-weblog',
    title: post.title,
    'container-title': site.title,
    URL: url,
    ...(authors.length ? { author: authors.map((name) => splitName(name)) } : {}),
    ...(published ? { issued: { 'date-parts': [[published.getUTCFullYear(), published.getUTCMonth() + 1, published.getUTCDate()]] } } : {}),
  }
}

// "Ada Editor" → family "Editor", given "Ada"; a single word stays a literal name.
function splitName(name: string) {
  const parts = name.split(/\s+/)
  return parts.length > 1 ? { family: parts[parts.length - 1], given: parts.slice(0, -1).join(' ') } : { literal: name }
}

export type PostReferences = { styles: { value: string; label: string; reference: string }[]; bibtex: string }

/**
 * The post's reference in every offered style (HTML) and as BibTeX: five citeproc runs (~8 ms),
 * made once per post as it reads (title, authors, date, address) and kept with the other formats.
 */
export function postReferences(item: CslItem): PostReferences {
  return cachedFormat(['post-reference', item], () => ({
    styles: CITATION_STYLES.map(({ value, label }) => ({ value, label, reference: formatCslBibliography([item], value, 'html')[0]?.reference ?? '' })),
    bibtex: new Cite([item]).format('bibtex', { format: 'text' }),
  }))
}
