import { rmSync } from 'node:fs'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import { mediaDir } from '@/lib/env'

import { fetchImage, type ImageSource } from './fetchImage'
import { tally, type ImportReport } from './importReport'
import { originalMediaUrl } from './mediaUrls'

export type ImageImporter = {
  /** The Media id for an image address (any WordPress size variant of it), or null when it could not be had. */
  image: (url: string, alt: string, caption: string | null, label: string, wordpressId?: string) => Promise<number | null>
  /** Removes the files this run wrote (its database rows go with the rolled-back transaction). */
  discardFiles: () => void
}

/**
 * Images into Media, once each: keyed by the original's address (`sourceUrl`), so every size
 * variant and every re-run reuses the same document. Files written by this run are remembered so
 * that a failed or dry run can remove them.
 */
export function imageImporter(payload: Payload, req: PayloadRequest, source: ImageSource, report: ImportReport): ImageImporter {
  const known = new Map<string, number | null>()
  const written: string[] = []
  return {
    async image(url, alt, caption, label, wordpressId) {
      const original = originalMediaUrl(url)
      if (known.has(original)) return known.get(original)!
      const { docs } = await payload.find({ collection: 'media', where: { sourceUrl: { equals: original } }, limit: 1, depth: 0, overrideAccess: true, req })
      if (docs[0]) {
        tally(report, 'media', 'skipped')
        known.set(original, docs[0].id)
        return docs[0].id
      }
      const fetched = await fetchImage(original, source)
      if (!fetched.ok) {
        report.warnings.push(`In ${label}, the image ${url} was not imported (${fetched.reason}): it stays a link to that address.`)
        tally(report, 'media', 'skipped')
        known.set(original, null)
        return null
      }
      const media = await payload.create({
        collection: 'media',
        data: { alt: alt.trim() || fetched.name, caption, sourceUrl: original, wordpressId: wordpressId ?? null },
        file: { data: fetched.data, mimetype: fetched.mimetype, name: fetched.name, size: fetched.data.length },
        overrideAccess: true,
        req,
        context: req.context,
      })
      for (const file of [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)]) if (file) written.push(path.join(mediaDir(), file))
      tally(report, 'media', 'created')
      known.set(original, media.id)
      return media.id
    },
    discardFiles() {
      for (const file of written) rmSync(file, { force: true })
    },
  }
}
