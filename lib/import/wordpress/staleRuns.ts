import type { Payload } from 'payload'

import type { ImportRun } from '@/payload-types'

import { HEARTBEAT_INTERVAL_MS, runProcessAlive } from './runProcess'
import { IMPORT_QUEUE } from './importQueue'
import { removeUploadedExport } from './uploadedExports'
import { discardJournaledFiles } from './writtenFilesJournal'

export const PROCESS_STOPPED = 'interrupted: the process running it stopped'
export const JOB_ENDED = 'interrupted: the job running it ended without finishing it'
/** A run whose process cannot be asked (another machine, or no process recorded) is given up after this long without a heartbeat. */
export const SILENT_RUN_MS = 10 * HEARTBEAT_INTERVAL_MS

/**
 * Why a run still marked “running” is not running any more, or null while it may be. Its job, if
 * the admin queued it, has ended (completed, failed, cancelled or deleted); or the process that
 * recorded itself on the run is gone (asked directly on this machine); or nothing has been heard
 * from it for SILENT_RUN_MS (another machine, or a process id taken over by another program).
 */
async function whyStale(payload: Payload, run: ImportRun, now: number): Promise<string | null> {
  const jobId = run.runner?.job
  if (jobId) {
    const job = await payload.findByID({ collection: 'payload-jobs', id: jobId, depth: 0, overrideAccess: true, disableErrors: true })
    if (!job || job.completedAt || job.hasError) return JOB_ENDED
  }
  if (runProcessAlive(run.id, run.runner ?? {}) === false) return PROCESS_STOPPED
  const lastSign = Date.parse(run.runner?.heartbeatAt ?? run.startedAt ?? run.createdAt)
  return now - lastSign > SILENT_RUN_MS ? PROCESS_STOPPED : null
}

/**
 * Marks import runs left “running” by a killed process (a command stopped with kill -9, a server
 * that restarted mid-import) as failed with the reason, and cancels their jobs. PostgreSQL has
 * already rolled their transactions back, so nothing of theirs was written. Runs at server start
 * and before every import, and removes the media files they had written; returns the ids it marked.
 */
export async function failStaleRuns(payload: Payload): Promise<number[]> {
  const { docs } = await payload.find({ collection: 'import-runs', where: { status: { equals: 'running' } }, pagination: false, depth: 0, overrideAccess: true })
  const now = Date.now()
  const failed: number[] = []
  for (const run of docs) {
    const reason = await whyStale(payload, run, now)
    if (!reason) continue
    // Only if it is still running: the run may have finished in the meantime.
    if (!(await failRunIfRunning(payload, run.id, reason, new Date(now)))) continue
    failed.push(run.id)
    payload.logger.warn(`Import run ${run.id} (${run.file}) was still marked running: ${reason}. Marked failed.`)
    // A job still waiting or marked processing would never finish it: cancelled (a no-op for an ended one).
    if (run.runner?.job) await payload.jobs.cancel({ where: { id: { equals: run.runner.job } }, queue: IMPORT_QUEUE })
    if (run.upload) await removeUploadedExport(run.upload)
    // Its rows were rolled back; the media files it had written are removed too.
    const removed = discardJournaledFiles(run.id)
    if (removed) payload.logger.warn(`Import run ${run.id}: removed ${removed} media file${removed === 1 ? '' : 's'} it had written.`)
  }
  return failed
}

/** Marks a run failed with `reason` unless it has ended already; true when it did. */
export async function failRunIfRunning(payload: Payload, id: number, reason: string, finishedAt = new Date()): Promise<boolean> {
  const marked = await payload.db.updateOne({
    collection: 'import-runs',
    where: { and: [{ id: { equals: id } }, { status: { equals: 'running' } }] },
    data: { status: 'failed', finishedAt: finishedAt.toISOString(), error: reason },
    options: { atomic: true },
  })
  return Boolean(marked)
}
