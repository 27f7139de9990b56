import type { TaskConfig } from 'payload'

import { progressWriter } from './progressWriter'
import { runInProgress } from './runProcess'
import { failRunIfRunning } from './staleRuns'
import { removeUploadedExport, uploadedExportPath } from './uploadedExports'

/**
 * The `importWordPress` job: imports (or dry-runs) the export an admin uploaded for run `runId`.
 * Progress lines go to the run's `progress` field at most every 500 ms (the last one always),
 * written on their own connection so that the admin sees them while the import's transaction is
 * still open. The uploaded file is kept after a successful dry run (the confirmed import reads it
 * again) and removed once the real import has ended, whether it succeeded or failed. No retries: a failed
 * import wrote nothing and says why in its run; running it again would only repeat that.
 */
export const importWordPressTask: TaskConfig<'importWordPress'> = {
  slug: 'importWordPress',
  label: 'Import from WordPress',
  retries: 0,
  inputSchema: [
    { name: 'runId', type: 'number', required: true },
    { name: 'dryRun', type: 'checkbox', required: true },
    { name: 'overwrite', type: 'checkbox', required: true },
    { name: 'fetchMedia', type: 'checkbox', required: true },
  ],
  handler: async ({ input, req: { payload } }) => {
    const run = await payload.findByID({ collection: 'import-runs', id: input.runId, depth: 0, overrideAccess: true })
    const progress = progressWriter(
      async (line) => void (await payload.db.updateOne({ collection: 'import-runs', id: run.id, data: { progress: line }, returning: false })),
      (error) => payload.logger.warn(`Import run ${run.id}: its progress could not be written: ${(error as Error).message}`),
    )
    let failed = false
    try {
      if (!run.upload) throw new Error(`Import run ${run.id} has no uploaded export to read.`)
      // Loaded when a job runs: the importer (jsdom and the content pipeline) stays out of every other request.
      const { importWordPress } = await import('./importWordPress')
      await importWordPress(payload, uploadedExportPath(run.upload), { runId: run.id, dryRun: input.dryRun, overwrite: input.overwrite, fetchMedia: input.fetchMedia, onProgress: progress.push, flushProgress: progress.flush })
      return { output: {} }
    } catch (error) {
      failed = true
      // importWordPress records its own failures; this covers what went wrong before it started.
      await failRunIfRunning(payload, run.id, (error as Error).message)
      throw error
    } finally {
      runInProgress.delete(run.id)
      await progress.flush()
      // A failed dry run cannot be confirmed either.
      if ((failed || !input.dryRun) && run.upload) await removeUploadedExport(run.upload)
    }
  },
}
