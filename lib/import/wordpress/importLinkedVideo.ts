import type { Payload, PayloadRequest } from 'payload'

import { youTubeWatchUrl } from '@/lib/youtube/parseYouTubeUrl'

import { tally, type ImportReport } from './importReport'

export type VideoRecords = {
  /** The Video record for a YouTube id (found, or created titled after the script); its id. */
  video: (video: { id: string; start: number | null }, title: string) => Promise<number>
}

/**
 * Video records by YouTube id for one run: the ones already here read in one query when first
 * asked for (a query a post cost ~4 ms on the import's one connection), the ones the run creates
 * remembered. A failed run's index goes with its rolled-back transaction.
 */
export function videoRecords(payload: Payload, req: PayloadRequest, report: ImportReport): VideoRecords {
  let known: Promise<Map<string, number>> | null = null
  const existing = () =>
    (known ??= payload
      .find({ collection: 'videos', pagination: false, depth: 0, select: { youtubeId: true }, overrideAccess: true, req })
      .then(({ docs }) => new Map(docs.flatMap((doc) => (doc.youtubeId ? [[doc.youtubeId, doc.id] as const] : [])))))
  return {
    async video(video, title) {
      const byYouTubeId = await existing()
      const found = byYouTubeId.get(video.id)
      if (found !== undefined) {
        tally(report, 'videos', 'skipped')
        return found
      }
      const created = await payload.create({ collection: 'videos', data: { title, youtubeUrl: youTubeWatchUrl(video) }, overrideAccess: true, req, context: req.context })
      byYouTubeId.set(created.youtubeId ?? video.id, created.id)
      tally(report, 'videos', 'created')
      return created.id
    },
  }
}

/** Channel records for the YouTube channels a page links to (found by URL, or created). */
export async function importChannels(payload: Payload, req: PayloadRequest, urls: string[], report: ImportReport): Promise<void> {
  for (const url of urls) {
    const { docs } = await payload.find({ collection: 'channels', where: { url: { equals: url } }, limit: 1, pagination: false, depth: 0, select: { url: true }, overrideAccess: true, req })
    if (docs[0]) {
      tally(report, 'channels', 'skipped')
      continue
    }
    // The handle or name in the URL until the author names the channel in the admin.
    const name = decodeURIComponent(url.replace(/^https:\/\/www\.youtube\.com\/(?:channel\/|c\/|user\/)?/, ''))
    await payload.create({ collection: 'channels', data: { name, url }, overrideAccess: true, req, context: req.context })
    tally(report, 'channels', 'created')
  }
}
