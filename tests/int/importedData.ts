import type { Payload } from 'payload'

import { redirectsChanged } from '@/lib/redirects/redirectTable'

/** The videos and channels tests/fixtures/wordpress/essay-export.xml creates (ids no other test uses). */
export const ESSAY_VIDEOS = ['Wxr1mp0rtAa', 'Wxr1mp0rtBb']
export const ESSAY_CHANNELS = ['https://www.youtube.com/@WxrImportEssays', 'https://www.youtube.com/channel/UCwxrimportaudiobooks000']

/**
 * Removes what WordPress imports write (documents and terms with a WordPress id, redirects,
 * sources the import created, import runs, the essay export's videos and channels and any
 * `videos` given), so that each test starts from the database the other files leave.
 */
export async function removeImportedData(payload: Payload, { videos = [] as string[] } = {}): Promise<void> {
  for (const collection of ['posts', 'pages', 'categories', 'tags'] as const) {
    await payload.delete({ collection, where: { wordpressId: { exists: true } }, overrideAccess: true })
  }
  await payload.delete({ collection: 'redirects', where: { from: { exists: true } }, overrideAccess: true })
  await payload.delete({ collection: 'videos', where: { youtubeId: { in: [...ESSAY_VIDEOS, ...videos] } }, overrideAccess: true })
  await payload.delete({ collection: 'channels', where: { url: { in: ESSAY_CHANNELS } }, overrideAccess: true })
  await payload.delete({ collection: 'sources', where: { note: { like: 'Created by the WordPress import' } }, overrideAccess: true })
  await payload.delete({ collection: 'import-runs', where: { id: { exists: true } }, overrideAccess: true })
  redirectsChanged()
}
