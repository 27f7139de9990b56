import type { Payload, PayloadRequest } from 'payload'

import { youTubeWatchUrl } from '@/lib/youtube/parseYouTubeUrl'

import { tally, type ImportReport } from './importReport'

/** The Video record for a YouTube id (found, or created titled after the script); its id. */
export async function importLinkedVideo(payload: Payload, req: PayloadRequest, video: { id: string; start: number | null }, title: string, report: ImportReport): Promise<number> {
  // pagination: false: one query, not a count besides (this runs once a post, in the import's one transaction).
  const { docs } = await payload.find({ collection: 'videos', where: { youtubeId: { equals: video.id } }, limit: 1, pagination: false, depth: 0, select: { youtubeId: true }, overrideAccess: true, req })
  if (docs[0]) {
    tally(report, 'videos', 'skipped')
    return docs[0].id
  }
  const created = await payload.create({ collection: 'videos', data: { title, youtubeUrl: youTubeWatchUrl(video) }, overrideAccess: true, req, context: req.context })
  tally(report, 'videos', 'created')
  return created.id
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
