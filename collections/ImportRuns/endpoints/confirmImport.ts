import { existsSync } from 'node:fs'

import type { Endpoint } from 'payload'

import { startAdminImport } from '@/lib/import/wordpress/adminImports'
import { uploadedExportPath } from '@/lib/import/wordpress/uploadedExports'

import { busyRefusal } from './busyRefusal'
import { refusal, refuseUnlessAdmin } from './refusal'

/**
 * POST /api/import-runs/:id/confirm: after reading the dry run's report, the admin confirms, and
 * the same uploaded export is imported for real with the same options (201 with the new run).
 * Refused with the reason (409) while the dry run is still running, when it failed, when it was
 * confirmed already, or while another import runs. Admins only.
 */
export const confirmImport: Endpoint = {
  path: '/:id/confirm',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessAdmin(req)
    if (refused) return refused
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id)) return refusal(400, `"${String(req.routeParams?.id)}" is not an import run id.`)
    const dryRun = await req.payload.findByID({ collection: 'import-runs', id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!dryRun) return refusal(404, `There is no import run ${id}.`)
    if (dryRun.status === 'running') return refusal(409, `The dry run of ${dryRun.file} has not finished yet; confirm it once its report is there.`)
    if (dryRun.status === 'failed') return refusal(409, `The dry run of ${dryRun.file} failed, so there is nothing to confirm (${dryRun.error ?? 'no reason recorded'}). Correct the export and upload it again.`)
    if (dryRun.status !== 'dry-run' || !dryRun.upload) return refusal(409, `Import run ${id} is not a dry run started in the admin; only those can be confirmed.`)
    const earlier = (await req.payload.find({ collection: 'import-runs', where: { dryRunOf: { equals: id } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    if (earlier) return refusal(409, `This dry run was confirmed already: import run ${earlier.id} (${earlier.status}). Upload the export again for another import.`)
    if (!existsSync(uploadedExportPath(dryRun.upload))) return refusal(409, `The uploaded ${dryRun.file} is no longer on the server; upload it again.`)

    const started = await startAdminImport(req.payload, {
      file: dryRun.file,
      upload: dryRun.upload,
      overwrite: Boolean(dryRun.overwrite),
      fetchMedia: Boolean(dryRun.fetchMedia),
      dryRun: false,
      dryRunOf: dryRun.id,
    })
    if (started.busy) return busyRefusal(started.busy)
    return Response.json({ message: `Import of ${dryRun.file} started.`, doc: started.run }, { status: 201 })
  },
}
