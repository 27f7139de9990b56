import type { Payload } from 'payload'

import type { ImportRun } from '@/payload-types'

import { failStaleRuns } from './staleRuns'
import { HEARTBEAT_INTERVAL_MS, runInProgress, thisProcess } from './runProcess'

type RunEnd = Pick<ImportRun, 'status' | 'finishedAt' | 'summary' | 'report' | 'error'>
export type ImportRunHandle = { id: number; finish: (data: RunEnd) => Promise<void> }

/**
 * Opens the import-runs record of an import: first marks runs left “running” by a process that
 * is gone as failed, then creates the run (or takes the one the admin's upload created) with this
 * process's host and id, and keeps a heartbeat on it until `finish` records how it ended. The
 * heartbeat is written alone, outside the import's transaction, so it never undoes other fields.
 */
export async function beginImportRun(payload: Payload, file: string, runId: number | null = null): Promise<ImportRunHandle> {
  await failStaleRuns(payload)
  const now = new Date().toISOString()
  const data = { status: 'running' as const, startedAt: now, runner: { ...thisProcess(), heartbeatAt: now } }
  const id = runId ?? (await payload.create({ collection: 'import-runs', data: { file, ...data }, overrideAccess: true })).id
  if (runId !== null) await payload.update({ collection: 'import-runs', id, data, overrideAccess: true })
  runInProgress.add(id)
  const heartbeat = setInterval(() => {
    payload.db
      .updateOne({ collection: 'import-runs', id, data: { runner: { heartbeatAt: new Date().toISOString() } }, returning: false })
      .catch((error: unknown) => payload.logger.warn(`Import run ${id}: the heartbeat could not be written: ${(error as Error).message}`))
  }, HEARTBEAT_INTERVAL_MS)
  heartbeat.unref()
  return {
    id,
    finish: async (end) => {
      clearInterval(heartbeat)
      try {
        await payload.update({ collection: 'import-runs', id, data: end, overrideAccess: true })
      } finally {
        runInProgress.delete(id)
      }
    },
  }
}
