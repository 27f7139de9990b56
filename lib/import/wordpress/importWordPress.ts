import { createLocalReq, type Payload } from 'payload'

import { redirectsChanged } from '@/lib/redirects/redirectTable'
import { revalidateAfterBulkWrite } from '@/lib/cache/revalidationPlugin'

import { countInternal, emptyReport, formatReport, type ImportReport } from './importReport'
import { decodeHtmlText } from './decodeHtmlText'
import { documentIndex } from './documentIndex'
import { forEachConcurrently } from './forEachConcurrently'
import { importAuthors } from './importAuthors'
import { imageImporter } from './importImages'
import { videoRecords } from './importLinkedVideo'
import { writtenFilesJournal } from './writtenFilesJournal'
import { itemKey, prepareItem, saveItem, wordpressKey, type ImportedItem } from './importItems'
import { importTerms } from './importTerms'
import { reportOtherTaxonomies } from './otherTaxonomies'
import { importRedirects } from './importRedirects'
import { readWxr } from './readWxr'
import { beginImportRun } from './runLifecycle'
import { sourceResolver } from './sourceResolver'
import type { WxrItem } from './wxrTypes'

export type ImportOptions = {
  dryRun?: boolean
  overwrite?: boolean
  /** A folder holding the export's uploads (read instead of downloading). */
  mediaDir?: string | null
  /** Download images (off: only mediaDir, or none). */
  fetchMedia?: boolean
  onProgress?: (line: string) => void
  /** Waits until the progress lines pushed so far are stored: the last one is there before the run is marked ended. */
  flushProgress?: () => Promise<void>
  /** An import-runs record made beforehand (the admin's upload) to record this run in, instead of a new one. */
  runId?: number | null
}
export type ImportResult = { report: ImportReport; summary: string; runId: number }

const CONTENT_TYPES = new Set(['post', 'page'])
const IMAGES_AT_ONCE = 4

/**
 * Imports a WordPress export in one database transaction: it is all or nothing (a failure, or a
 * kill half-way, leaves the database as it was), and a dry run is the same import rolled back, so
 * its report is exactly what the real one would say. Bulk writes skip per-document revalidation
 * and thumbnail fetching (context.bulkImport); the caller drops the caches once at the end.
 * Every run, dry or failed, is kept in import-runs with its report.
 */
export async function importWordPress(
  payload: Payload,
  file: string,
  { dryRun = false, overwrite = false, mediaDir = null, fetchMedia = true, onProgress = () => {}, flushProgress = async () => {}, runId = null }: ImportOptions = {},
): Promise<ImportResult> {
  const report = emptyReport(file.split('/').at(-1) ?? file, dryRun)
  const run = await beginImportRun(payload, report.file, runId)
  const req = await createLocalReq({ context: { disableRevalidate: true, bulkImport: true } }, payload)
  let transactionID: number | string | null = null
  const images = imageImporter(payload, req, { mediaDir, fetch: fetchMedia }, report, writtenFilesJournal(run.id))
  let media: Promise<void> = Promise.resolve()
  const stopMedia = new AbortController()
  try {
    onProgress(`Reading ${report.file}…`)
    const wxr = await readWxr(file)
    transactionID = (await payload.db.beginTransaction()) ?? null
    if (transactionID !== null) req.transactionID = transactionID
    const site = blogHost(wxr.site.baseBlogUrl || wxr.site.link || report.file)
    const previousImport = await previousItems(payload, site)

    onProgress(`Categories and tags (${wxr.terms.length} terms)…`)
    const terms = await importTerms(payload, req, wxr.terms, report, site)
    const resolveSource = await sourceResolver(payload, req, report)
    const documents = await documentIndex(payload, req)
    const items = wxr.items.filter((item) => CONTENT_TYPES.has(item.type))
    for (const item of wxr.items) if (!CONTENT_TYPES.has(item.type) && item.type !== 'attachment') countInternal(report, `${item.type} items`)

    const attachments = new Map<string, number>()
    const files = wxr.items.filter((item) => item.type === 'attachment' && item.attachmentUrl)
    const importAttachment = async (item: WxrItem) => {
      const alt = item.meta.find((row) => row.key === '_wp_attachment_image_alt')?.value || decodeHtmlText(item.title)
      const id = await images.image(item.attachmentUrl, alt, decodeHtmlText(item.excerpt).trim() || null, `the attachment “${decodeHtmlText(item.title)}”`, wordpressKey(item.id, site))
      if (id !== null) attachments.set(item.id, id)
    }
    // Images go in while the posts do, a few at a time (their resizing runs on sharp's threads
    // while a post is converted and saved); a post waits only for its featured image, which an
    // earlier call is already importing or this one starts, since each image is made once.
    media = forEachConcurrently(files, IMAGES_AT_ONCE, async (item, index) => {
      onProgress(`Media ${index + 1} of ${files.length}: ${item.attachmentUrl}`)
      await importAttachment(item)
    }, stopMedia.signal)
    media.catch(() => {}) // awaited after the posts: a failure there fails the import
    const attachmentItems = new Map(files.map((item) => [item.id, item]))
    countInternal(report, 'comments', wxr.items.reduce((total, item) => total + item.comments, 0))
    countInternal(report, 'postmeta rows', wxr.items.reduce((total, item) => total + item.meta.length, 0))
    reportOtherTaxonomies(report, wxr.terms, wxr.items)
    // Pages have no author here: only the authors of posts are carried over.
    const bylines = await importAuthors(payload, req, wxr.authors, items.filter((item) => item.type === 'post'), report)

    // Pages first: their addresses are the site's own, which no post's old address may take.
    const ordered = [...items.filter((item) => item.type === 'page'), ...items.filter((item) => item.type === 'post')]
    const imported = new Map<string, ImportedItem>()
    const context = { payload, req, report, terms, resolveSource, previousImport, overwrite, site, images, attachments, bylines, documents, videos: videoRecords(payload, req, report) }
    const failed = (item: WxrItem, error: unknown) => new Error(`WordPress ${item.type} ${item.id} (“${item.title}”) could not be saved: ${describeError(error)}`, { cause: error })
    const prepare = (item: WxrItem) => {
      const featured = attachmentItems.get(item.meta.find((row) => row.key === '_thumbnail_id')?.value ?? '')
      const prepared = (featured ? importAttachment(featured) : Promise.resolve()).then(() => prepareItem(item, context)).catch((error: unknown) => Promise.reject(failed(item, error)))
      prepared.catch(() => {}) // awaited in its turn below
      return prepared
    }
    // Two items in flight: the next one is converted while this one is saved, so the database's
    // time and the conversion's overlap; saves stay in order, one at a time.
    let next = ordered.length ? prepare(ordered[0]) : null
    try {
      for (const [index, item] of ordered.entries()) {
        onProgress(`${item.type === 'page' ? 'Page' : 'Post'} ${index + 1} of ${ordered.length}: ${item.title || item.id}`)
        const prepared = await next!
        const saving = saveItem(prepared, context).catch((error: unknown) => Promise.reject(failed(item, error)))
        next = index + 1 < ordered.length ? prepare(ordered[index + 1]) : null
        imported.set(itemKey(item), await saving)
      }
    } catch (error) {
      // The next item may still be writing in this transaction: let it settle before the rollback.
      await next?.catch(() => {})
      throw error
    }

    await media
    onProgress('Redirects from the old addresses…')
    await importRedirects(payload, req, wxr, { items: ordered, documents: imported, terms, attachments }, report)

    if (transactionID !== null) {
      if (dryRun) await payload.db.rollbackTransaction(transactionID)
      else await payload.db.commitTransaction(transactionID)
    }
    // The per-document hooks skip this under disableRevalidate: the redirect table is read again, and
    // cached pages dropped, once (inside the server; a command's import reaches them by their interval).
    if (!dryRun) {
      redirectsChanged()
      revalidateAfterBulkWrite(req)
    }
    if (dryRun) images.discardFiles()
    else images.keepFiles()
    const summary = formatReport(report)
    await flushProgress()
    await run.finish({
      status: dryRun ? 'dry-run' : 'succeeded',
      finishedAt: new Date().toISOString(),
      summary,
      report: { ...report, site, items: dryRun ? {} : Object.fromEntries([...imported].map(([key, doc]) => [key, doc])) },
    })
    return { report, summary, runId: run.id }
  } catch (error) {
    stopMedia.abort()
    await media.catch(() => {})
    if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
    images.discardFiles()
    await flushProgress()
    await run.finish({ status: 'failed', finishedAt: new Date().toISOString(), error: (error as Error).message, report: { ...report } })
    throw error
  }
}

/** An error's message with Payload's field errors, which say what was wrong. */
function describeError(error: unknown): string {
  const fields = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
  const message = (error as Error).message
  return fields.length ? `${message} (${fields.map((field) => `${field.path}: ${field.message}`).join('; ')})` : message
}

const blogHost = (url: string) => {
  try {
    return new URL(url).host.toLowerCase()
  } catch {
    return url
  }
}

/** What the last successful import of this blog wrote: WordPress item key → the document's updatedAt then. */
async function previousItems(payload: Payload, site: string): Promise<Map<string, string>> {
  const { docs } = await payload.find({ collection: 'import-runs', where: { and: [{ status: { equals: 'succeeded' } }, { 'report.site': { equals: site } }] }, sort: '-finishedAt', limit: 1, depth: 0, overrideAccess: true })
  const items = (docs[0]?.report as { items?: Record<string, ImportedItem> } | undefined)?.items ?? {}
  return new Map(Object.entries(items).map(([key, doc]) => [key, doc.updatedAt]))
}

