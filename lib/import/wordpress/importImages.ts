import { rmSync } from 'node:fs'
import path from 'node:path'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { mediaDir } from '@/lib/env'

import { fetchImage, type ImageSource } from './fetchImage'
import type { WrittenFilesJournal } from './writtenFilesJournal'
import { tally, type ImportReport } from './importReport'
import { originalMediaUrl } from './mediaUrls'

export type ImageImporter = {
  /**
   * The Media id for an image address (any WordPress size variant of it), or null when it could
   * not be had. Calls may overlap: each image is still made once, and warnings keep call order.
   */
  image: (url: string, alt: string, caption: string | null, label: string, wordpressId?: string) => Promise<number | null>
  /** Removes the files this run wrote (its database rows go with the rolled-back transaction). */
  discardFiles: () => void
  /** The run has been committed: its files stay, and their list on disk goes. */
  keepFiles: () => void
}

/**
 * Images into Media, once each: keyed by the original's address (`sourceUrl`), so every size
 * variant and every re-run reuses the same document. Files written by this run are remembered so
 * that a failed or dry run can remove them.
 *
 * Several images may be imported at once (their resizing runs on sharp's threads while the
 * database works): each upload gets a request of its own in the same transaction, since Payload
 * keeps the upload's file on the request, and two files of the same name never go in together, so
 * the second still finds the first's name taken and gets `-1`.
 */
export function imageImporter(payload: Payload, req: PayloadRequest, source: ImageSource, report: ImportReport, journal?: WrittenFilesJournal): ImageImporter {
  const known = new Map<string, Promise<number | null>>()
  const written: string[] = []
  const byName = new Map<string, Promise<unknown>>()
  const warnings = orderedWarnings(report)
  let existing: Promise<Map<string, number>> | null = null
  // One query for the whole run: the images earlier imports made, by original address.
  const existingMedia = () =>
    (existing ??= payload
      .find({ collection: 'media', where: { sourceUrl: { exists: true } }, pagination: false, depth: 0, overrideAccess: true, req, select: { sourceUrl: true } })
      .then(({ docs }) => new Map(docs.map((doc) => [doc.sourceUrl ?? '', doc.id]))))

  const importOne = async (url: string, original: string, alt: string, caption: string | null, label: string, wordpressId: string | undefined, warn: (text: string) => void) => {
    const found = (await existingMedia()).get(original)
    if (found !== undefined) {
      tally(report, 'media', 'skipped')
      return found
    }
    const fetched = await fetchImage(original, source)
    if (!fetched.ok) {
      warn(`In ${label}, the image ${url} was not imported (${fetched.reason}): it stays a link to that address.`)
      tally(report, 'media', 'skipped')
      return null
    }
    const ownReq = await createLocalReq({ context: req.context, req: { transactionID: req.transactionID } }, payload)
    const media = await oneAtATime(byName, fetched.name.toLowerCase(), () =>
      payload.create({
        collection: 'media',
        data: { alt: alt.trim() || fetched.name, caption, sourceUrl: original, wordpressId: wordpressId ?? null },
        file: { data: fetched.data, mimetype: fetched.mimetype, name: fetched.name, size: fetched.data.length },
        overrideAccess: true,
        req: ownReq,
        context: req.context,
      }),
    )
    const files = [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].flatMap((file) => (file ? [path.join(mediaDir(), file)] : []))
    written.push(...files)
    // On disk too: a run killed before its end has its files removed by whoever finds it stale.
    journal?.add(files)
    tally(report, 'media', 'created')
    return media.id
  }

  return {
    image(url, alt, caption, label, wordpressId) {
      const original = originalMediaUrl(url)
      const { warn, done } = warnings.ticket()
      let result = known.get(original)
      if (!result) {
        result = importOne(url, original, alt, caption, label, wordpressId, warn)
        known.set(original, result)
      }
      return result.finally(done)
    },
    keepFiles() {
      journal?.close()
    },
    discardFiles() {
      for (const file of written) rmSync(file, { force: true })
      journal?.close()
    },
  }
}

/** Runs `task` after every earlier task with the same key has settled. */
function oneAtATime<T>(chains: Map<string, Promise<unknown>>, key: string, task: () => Promise<T>): Promise<T> {
  const previous = chains.get(key) ?? Promise.resolve()
  const next = previous.catch(() => {}).then(task)
  chains.set(key, next)
  return next
}

/** Warnings added to the report in the order their calls began, however the calls overlap. */
function orderedWarnings(report: ImportReport) {
  const calls = new Map<number, { texts: string[]; settled: boolean }>()
  let issued = 0
  let flushed = 0
  return {
    ticket() {
      const call = { texts: [] as string[], settled: false }
      calls.set(issued++, call)
      return {
        warn: (text: string) => void call.texts.push(text),
        done: () => {
          call.settled = true
          for (let next = calls.get(flushed); next?.settled; next = calls.get(flushed)) {
            report.warnings.push(...next.texts)
            calls.delete(flushed++)
          }
        },
      }
    },
  }
}
