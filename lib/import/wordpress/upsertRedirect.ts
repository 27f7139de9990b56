import type { Payload, PayloadRequest } from 'payload'

import { tally, type ImportReport } from './importReport'

type Target = { type: 'reference'; reference: { relationTo: 'posts' | 'pages'; value: number } } | { type: 'custom'; url: string }

/** A redirect from an old address, created or pointed at the new target (one record per address). */
export async function upsertRedirect(payload: Payload, req: PayloadRequest, from: string, to: Target, report: ImportReport): Promise<void> {
  const { docs } = await payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, overrideAccess: true, req })
  if (docs[0]) {
    await payload.update({ collection: 'redirects', id: docs[0].id, data: { to }, overrideAccess: true, req, context: req.context })
    tally(report, 'redirects', 'updated')
  } else {
    await payload.create({ collection: 'redirects', data: { from, to }, overrideAccess: true, req, context: req.context })
    tally(report, 'redirects', 'created')
  }
}
