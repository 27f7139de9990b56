import type { Endpoint } from 'payload'

import { runningImport, startAdminImport } from '@/lib/import/wordpress/adminImports'
import { checkWxrHead } from '@/lib/import/wordpress/checkWxrHead'
import { removeUploadedExport, saveUploadedExport, UploadRefused, uploadedExportPath } from '@/lib/import/wordpress/uploadedExports'
import { WxrError } from '@/lib/import/wordpress/wxrError'

import { busyRefusal } from './busyRefusal'
import { refusal, refuseUnlessAdmin } from './refusal'

/**
 * POST /api/import-runs/upload (multipart: `file`, and `overwrite` / `fetchMedia` as "true" or
 * "false"): stores the WordPress export under the data directory, refuses a file that is plainly
 * not one (400, nothing kept), and starts its dry run. Answers 201 with the run to follow. Admins only.
 */
export const uploadExport: Endpoint = {
  path: '/upload',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessAdmin(req)
    if (refused) return refused
    // Asked before the upload is read, so a large export is not sent for nothing.
    const running = await runningImport(req.payload)
    if (running) return busyRefusal(running)
    let upload
    try {
      upload = await saveUploadedExport(req.headers, req.body)
      await checkWxrHead(uploadedExportPath(upload.stored), upload.file)
    } catch (error) {
      if (upload) await removeUploadedExport(upload.stored)
      if (error instanceof UploadRefused) return refusal(error.status, error.message)
      if (error instanceof WxrError) return refusal(400, error.message)
      throw error
    }
    const started = await startAdminImport(req.payload, {
      file: upload.file,
      upload: upload.stored,
      overwrite: upload.fields.overwrite === 'true',
      fetchMedia: upload.fields.fetchMedia !== 'false',
      dryRun: true,
    })
    if (started.busy) {
      await removeUploadedExport(upload.stored)
      return busyRefusal(started.busy)
    }
    return Response.json({ message: `Dry run of ${upload.file} started.`, doc: started.run }, { status: 201 })
  },
}
