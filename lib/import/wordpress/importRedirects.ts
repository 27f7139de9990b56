import type { Payload, PayloadRequest } from 'payload'

import { internalDocPath } from '@/lib/richtext/siteHref'

import { itemKey, type ImportedItem } from './importItems'
import type { ImportReport } from './importReport'
import type { TermIds } from './importTerms'
import { categoryPath, oldAddresses, termAddresses } from './oldAddresses'
import { writeRedirects, type PlannedRedirect, type RedirectTarget } from './writeRedirects'
import type { WxrExport, WxrItem } from './wxrTypes'

type Imported = {
  /** The posts and pages imported, in the order they were. */
  items: WxrItem[]
  documents: Map<string, ImportedItem>
  terms: TermIds
  /** Media ids by WordPress attachment id. */
  attachments: Map<string, number>
}

/**
 * Every old address of the blog as a redirect record: posts' and pages' links, plain permalinks
 * and date paths (to the document, so later renames follow), attachment pages (to the post they
 * were attached to, else the file), and category and tag archives (nested paths too). An address
 * that is a document's own here is never redirected: a page published at `/about` keeps it.
 */
export async function importRedirects(payload: Payload, req: PayloadRequest, wxr: WxrExport, imported: Imported, report: ImportReport): Promise<void> {
  const origins = [wxr.site.baseBlogUrl, wxr.site.baseSiteUrl, wxr.site.link].filter(Boolean)
  const byId = new Map(wxr.items.map((item) => [item.id, item]))
  const ownPaths = await documentPaths(payload, req)
  for (const doc of imported.documents.values()) ownPaths.add(internalDocPath({ relationTo: doc.collection, value: doc }))
  // Collected, then written together (writeRedirects.ts).
  const planned: PlannedRedirect[] = []
  const redirect = async (from: string, to: RedirectTarget) => {
    if (!ownPaths.has(from)) planned.push({ from, to })
  }

  for (const item of imported.items) {
    const doc = imported.documents.get(itemKey(item))
    if (!doc) continue
    for (const from of oldAddresses(item, byId, origins)) await redirect(from, { type: 'reference', reference: { relationTo: doc.collection, value: doc.id } })
  }

  // The imported files' addresses, read once for every attachment page.
  const mediaIds = [...imported.attachments.values()]
  const mediaUrls = new Map<number, string | null | undefined>(
    mediaIds.length ? (await payload.find({ collection: 'media', where: { id: { in: mediaIds } }, pagination: false, depth: 0, overrideAccess: true, req })).docs.map((doc) => [doc.id, doc.url]) : [],
  )
  for (const item of wxr.items) {
    if (item.type !== 'attachment') continue
    const to = attachmentTarget(item, byId, imported, mediaUrls)
    if (to) for (const from of oldAddresses(item, byId, origins)) await redirect(from, to)
  }

  const termBySlug = new Map(wxr.terms.map((term) => [`${term.taxonomy}:${term.slug}`, term]))
  for (const [taxonomy, map, slugs, prefix] of [
    ['category', imported.terms.categories, imported.terms.slugs.categories, '/categories/'],
    ['post_tag', imported.terms.tags, imported.terms.slugs.tags, '/tags/'],
  ] as const) {
    for (const [slug, id] of map) {
      const term = termBySlug.get(`${taxonomy}:${slug}`)
      const path = taxonomy === 'category' ? categoryPath(slug, wxr.terms) : [slug]
      for (const from of termAddresses(taxonomy, path, term?.id)) await redirect(from, { type: 'custom', url: `${prefix}${slugs.get(id)}` })
    }
  }
  await writeRedirects(payload, req, planned, report)
}

/** The addresses of every post and page already here, drafts included (a draft will be published there). */
async function documentPaths(payload: Payload, req: PayloadRequest): Promise<Set<string>> {
  const paths = new Set<string>()
  for (const collection of ['posts', 'pages'] as const) {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, draft: true, overrideAccess: true, req, select: { slug: true } })
    for (const doc of docs) if (doc.slug) paths.add(internalDocPath({ relationTo: collection, value: doc }))
  }
  return paths
}

/**
 * Where an attachment page leads: the post or page it was attached to; else its file here; else,
 * when the file could not be imported, the file at its old address (null when it has none).
 */
function attachmentTarget(item: WxrItem, byId: Map<string, WxrItem>, imported: Imported, mediaUrls: Map<number, string | null | undefined>): RedirectTarget | null {
  const parent = byId.get(item.parent)
  const parentDoc = parent ? imported.documents.get(itemKey(parent)) : undefined
  if (parentDoc) return { type: 'reference', reference: { relationTo: parentDoc.collection, value: parentDoc.id } }
  const media = imported.attachments.get(item.id)
  const url = media !== undefined ? mediaUrls.get(media) : /^https?:\/\//i.test(item.attachmentUrl) ? item.attachmentUrl : null
  return url ? { type: 'custom', url } : null
}
