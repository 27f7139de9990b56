import type { Payload, PayloadRequest } from 'payload'

import { RESERVED_PAGE_SLUGS } from '@/lib/slug/reservedSlugs'

import { decodeHtmlText } from './decodeHtmlText'
import type { DocumentIndex } from './documentIndex'
import { postAuthorFields, type Byline } from './importAuthors'
import type { ImageImporter } from './importImages'
import { importChannels, type VideoRecords } from './importLinkedVideo'
import { tally, type ImportReport } from './importReport'
import { importSlug } from './importSlug'
import type { TermIds } from './importTerms'
import { itemContent, type ItemContent } from './itemContent'
import { itemDates } from './itemDates'
import { keepWordPressDates } from './keepWordPressDates'
import { itemStatus } from './itemStatus'
import type { SourceLookup } from './sourceResolver'
import type { WxrItem } from './wxrTypes'

export type ImportedItem = { collection: 'posts' | 'pages'; id: number; slug: string; updatedAt: string }

type Context = {
  payload: Payload
  req: PayloadRequest
  report: ImportReport
  terms: TermIds
  resolveSource: SourceLookup
  /** The updatedAt each item had when the previous import wrote it: later edits are the author's. */
  previousImport: Map<string, string>
  overwrite: boolean
  /** The blog's host: WordPress ids are unique only within one blog. */
  site: string
  images: ImageImporter
  /** Media ids by WordPress attachment id (featured images are `_thumbnail_id` meta). */
  attachments: Map<string, number>
  /** The posts and pages here by WordPress id, slug and video, read once a run. */
  documents: DocumentIndex
  /** Each WordPress author login's account or byline here. */
  bylines: Map<string, Byline>
  /** The run's Video records by YouTube id. */
  videos: VideoRecords
}

const label = (item: WxrItem) => (item.title ? `“${decodeHtmlText(item.title)}”` : `item ${item.id}`)
export const itemKey = (item: Pick<WxrItem, 'type' | 'id'>) => `${item.type}:${item.id}`

/** The stored WordPress id: the item's id qualified by its blog (`10@essays.example.com`). */
export const wordpressKey = (id: string, site: string) => `${id}@${site}`

/**
 * An item read and converted, ready to be saved: its text as Lexical (with its images in Media and
 * its quotations tied to sources), or the decision to keep the copy edited here.
 */
export type PreparedItem =
  | { item: WxrItem; skip: ImportedItem & { warning: string } }
  | { item: WxrItem; skip: null; body: ItemContent; existing: ReturnType<DocumentIndex['existing']>; key: string; guid: string | null }

/**
 * The first half of an item's import: what needs no other item saved first. It may run while the
 * previous item is being saved (its conversion fills the time the database takes), so it reads the
 * document index only by this item's own WordPress id and guid, which no other item's save changes.
 */
export async function prepareItem(item: WxrItem, context: Context): Promise<PreparedItem> {
  const collection = item.type === 'page' ? 'pages' : 'posts'
  const key = wordpressKey(item.id, context.site)
  const guid = item.guid.trim() || null
  const existing = context.documents.existing(collection, key, guid)
  const previous = context.previousImport.get(itemKey(item))
  if (existing && previous && existing.updatedAt !== previous && !context.overwrite) {
    const warning = `${label(item)} was edited here since the last import: kept as it is (run with --overwrite to replace it).`
    // The last import's date stays on record, so the edit is still seen as one by the next run.
    return { item, skip: { collection, id: existing.id, slug: existing.slug ?? '', updatedAt: previous, warning } }
  }
  const body = await itemContent(context.payload, item.content, { label: label(item), resolveSource: collection === 'posts' ? context.resolveSource : null, images: context.images, footnotes: item.meta.find((row) => row.key === 'footnotes')?.value })
  return { item, skip: null, body, existing, key, guid }
}

/** The second half: one post or page, created or updated in place by its WordPress id. */
export async function saveItem(prepared: PreparedItem, context: Context): Promise<ImportedItem> {
  const { payload, req, report } = context
  const { item } = prepared
  const collection = item.type === 'page' ? 'pages' : 'posts'
  const title = decodeHtmlText(item.title).trim() || `Untitled (WordPress ${item.type} ${item.id})`
  const { status, note } = itemStatus(item)
  if (note) report.warnings.push(note)
  if (prepared.skip) {
    const { warning, ...kept } = prepared.skip
    report.warnings.push(warning)
    tally(report, collection, 'skipped')
    return kept
  }
  const { body, existing, key, guid } = prepared
  const { publishedAt, modifiedAt } = itemDates(item)
  report.warnings.push(...body.warnings)
  await importChannels(payload, req, body.channels, report)
  // Embedded videos the text links to (a page's, a script's after its own) are Video records too.
  for (const [index, video] of body.otherVideos.entries()) await context.videos.video(video, `${title} (video ${index + 1 + (collection === 'posts' ? 1 : 0)})`)
  let slug = importSlug(item.slug, title, `${item.type}-${item.id}`)
  if (collection === 'pages' && RESERVED_PAGE_SLUGS.includes(slug)) slug = `page-${slug}`
  slug = context.documents.freeSlug(collection, slug, existing?.id)

  const common = { title, slug, content: body.content, wordpressId: key, wordpressGuid: guid, publishedAt, _status: status === 'published' ? ('published' as const) : ('draft' as const) }
  let data: Record<string, unknown> = common
  if (collection === 'posts') {
    const ids = (domain: string, map: Map<string, number>) => item.terms.filter((term) => term.domain === domain).map((term) => map.get(term.slug)).filter((id): id is number => id !== undefined)
    const thumbnail = item.meta.find((row) => row.key === '_thumbnail_id')?.value
    data = {
      ...common,
      excerpt: decodeHtmlText(item.excerpt).trim() || null,
      categories: ids('category', context.terms.categories),
      tags: ids('post_tag', context.terms.tags),
      heroImage: (thumbnail && context.attachments.get(thumbnail)) ?? null,
      ...postAuthorFields(item.creator, context.bylines),
      sources: await sourcesList(body.sources, context),
    }
    if (body.video) {
      const video = await context.videos.video(body.video, title)
      // Each video has one script: a video another post already claims is reported, not linked.
      const claimed = context.documents.videoOwner(video, existing?.id)
      if (claimed) report.warnings.push(`${label(item)} links the video ${body.video.id}, which is already the video of “${claimed.title}”: not linked.`)
      else data.video = video
    }
  }
  // Only what the import needs back: reading a whole script back costs as much as writing it.
  const select = { slug: true, updatedAt: true } as const
  const wordpressDates = modifiedAt ? { createdAt: publishedAt ?? modifiedAt, updatedAt: modifiedAt } : null
  const saved = existing
    ? await payload.update({ collection, id: existing.id, data, overrideAccess: true, req, context: req.context, depth: 0, select })
    : await payload.create({ collection, data: { ...data, ...wordpressDates } as never, overrideAccess: true, req, context: req.context, depth: 0, select })
  context.documents.remember(collection, { id: saved.id, slug: saved.slug ?? slug, updatedAt: saved.updatedAt, wordpressId: key, wordpressGuid: guid, title, ...('video' in data ? { video: data.video as number } : {}) })
  // The WordPress dates, when it had them; the time of this import otherwise.
  const updatedAt = modifiedAt ?? saved.updatedAt
  if (wordpressDates) await keepWordPressDates(payload, req, collection, saved.id, wordpressDates, { row: Boolean(existing) })
  tally(report, collection, existing ? 'updated' : 'created')
  if (status === 'scheduled' && publishedAt) {
    await payload.jobs.queue({ task: 'schedulePublish', waitUntil: new Date(publishedAt), input: { type: 'publish', doc: { relationTo: collection, value: saved.id } }, req })
  }
  return { collection, id: saved.id, slug: saved.slug ?? slug, updatedAt }
}

/** The post's SOURCES list: each entry's source (found or created), its URL kept on the source, the annotation on the entry. */
async function sourcesList(entries: ItemContent['sources'], { resolveSource }: Context) {
  const list: { source: number; annotation: string | null }[] = []
  for (const entry of entries) {
    const source = await resolveSource(entry.author, entry.title)
    if (entry.url) await resolveSource.keepUrl(source, entry.url)
    if (!list.some((row) => row.source === source)) list.push({ source, annotation: entry.annotation })
  }
  return list
}
