import type { Payload, PayloadRequest } from 'payload'

import { decodeHtmlText } from './decodeHtmlText'
import { wordpressKey } from './importItems'
import { importSlug } from './importSlug'
import { tally, type ImportReport } from './importReport'
import type { WxrTerm } from './wxrTypes'

/** New ids by WordPress slug, and the slug each term has here by its id (which may differ: see importSlug). */
export type TermIds = {
  categories: Map<string, number>
  tags: Map<string, number>
  // One map per collection: a category and a tag may have the same id.
  slugs: { categories: Map<number, string>; tags: Map<number, string> }
}

/**
 * Categories (with their parents) and tags, keyed by slug: WordPress 4.4+ exports list each again
 * as a `wp:term`, which adds nothing. An existing term with the same WordPress id or slug is
 * updated, not copied. Returns the new ids by WordPress slug.
 */
export async function importTerms(payload: Payload, req: PayloadRequest, terms: WxrTerm[], report: ImportReport, site: string): Promise<TermIds> {
  const ids: TermIds = { categories: new Map(), tags: new Map(), slugs: { categories: new Map(), tags: new Map() } }
  const bySlug = (taxonomy: string) => {
    const unique = new Map<string, WxrTerm>()
    for (const term of terms) if (term.taxonomy === taxonomy && term.slug && !unique.has(term.slug)) unique.set(term.slug, term)
    return [...unique.values()]
  }
  const categories = bySlug('category')
  for (const [collection, list, target] of [
    ['categories', categories, ids.categories],
    ['tags', bySlug('post_tag'), ids.tags],
  ] as const) {
    for (const term of list) {
      const slug = importSlug(term.slug, decodeHtmlText(term.name), `${collection === 'categories' ? 'category' : 'tag'}-${term.id}`)
      const wordpressId = term.id ? wordpressKey(term.id, site) : null
      const data = { title: decodeHtmlText(term.name) || slug, slug, description: decodeHtmlText(term.description) || null, wordpressId }
      const { docs } = await payload.find({
        collection,
        where: { or: [...(wordpressId ? [{ wordpressId: { equals: wordpressId } }] : []), { slug: { equals: slug } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const saved = docs[0]
        ? await payload.update({ collection, id: docs[0].id, data, overrideAccess: true, req, context: req.context })
        : await payload.create({ collection, data, overrideAccess: true, req, context: req.context })
      tally(report, collection, docs[0] ? 'updated' : 'created')
      target.set(term.slug, saved.id)
      ids.slugs[collection].set(saved.id, saved.slug ?? slug)
    }
  }
  // Parents once every category exists (a child may come before its parent in the file).
  for (const term of categories) {
    const parent = term.parent ? ids.categories.get(term.parent) : undefined
    if (parent !== undefined) await payload.update({ collection: 'categories', id: ids.categories.get(term.slug)!, data: { parent }, overrideAccess: true, req, context: req.context })
  }
  return ids
}
