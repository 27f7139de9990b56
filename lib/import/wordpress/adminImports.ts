import type { Payload } from 'payload'

import type { ImportRun } from '@/payload-types'

import { startImportJob } from './importQueue'
import { runInProgress, thisProcess } from './runProcess'
import { failStaleRuns } from './staleRuns'
import { removeUploadedExport } from './uploadedExports'

export type AdminImport = { file: string; upload: string; overwrite: boolean; fetchMedia: boolean; dryRun: boolean; dryRunOf?: number | null }
export type AdminImportStart = { run: ImportRun; busy?: never } | { busy: ImportRun; run?: never }

// One start at a time in this process: two clicks on Import must not both find no import running.
const LOCK_KEY = Symbol.for('scriptorium.adminImportStart')
const globalLock = globalThis as typeof globalThis & { [LOCK_KEY]?: Promise<unknown> }

/**
 * Starts an import (or dry run) the admin asked for, unless another import is running: runs left
 * “running” by a stopped process are marked failed first, then the run is recorded (this
 * process, the options, the uploaded file) and its job queued and started. Returns the run, or
 * the import that is running instead.
 */
export function startAdminImport(payload: Payload, request: AdminImport): Promise<AdminImportStart> {
  // The previous start's failure is its caller's to handle; this one waits for it only.
  const start = (globalLock[LOCK_KEY] ?? Promise.resolve()).catch(() => {}).then(() => startNow(payload, request))
  globalLock[LOCK_KEY] = start
  return start
}

/** The import running now, if any, once runs left “running” by a stopped process are marked failed. */
export async function runningImport(payload: Payload): Promise<ImportRun | null> {
  await failStaleRuns(payload)
  return (await payload.find({ collection: 'import-runs', where: { status: { equals: 'running' } }, sort: 'startedAt', limit: 1, depth: 0, overrideAccess: true })).docs[0] ?? null
}

async function startNow(payload: Payload, { dryRun, dryRunOf = null, ...recorded }: AdminImport): Promise<AdminImportStart> {
  const busy = await runningImport(payload)
  if (busy) return { busy }
  if (dryRun) await discardEarlierUploads(payload)
  const now = new Date().toISOString()
  const run = await payload.create({
    collection: 'import-runs',
    data: { ...recorded, dryRunOf, status: 'running', startedAt: now, progress: dryRun ? 'Waiting to start the dry run…' : 'Waiting to start the import…', runner: { ...thisProcess(), heartbeatAt: now } },
    overrideAccess: true,
  })
  runInProgress.add(run.id)
  try {
    await startImportJob(payload, { runId: run.id, dryRun, overwrite: recorded.overwrite, fetchMedia: recorded.fetchMedia })
  } catch (error) {
    runInProgress.delete(run.id)
    await payload.update({ collection: 'import-runs', id: run.id, data: { status: 'failed', finishedAt: new Date().toISOString(), error: `The import job could not be queued: ${(error as Error).message}` }, overrideAccess: true })
    throw error
  }
  return { run }
}

/**
 * A new upload replaces the dry runs before it: their files are removed (only the newest dry run
 * can be confirmed), so exports that were read but never imported do not pile up on the server.
 * No import is running here, so none of these files is in use (confirmed and failed runs have
 * removed theirs already).
 */
async function discardEarlierUploads(payload: Payload): Promise<void> {
  const { docs } = await payload.find({ collection: 'import-runs', where: { and: [{ status: { equals: 'dry-run' } }, { upload: { exists: true } }] }, select: { upload: true }, pagination: false, depth: 0, overrideAccess: true })
  for (const { upload } of docs) if (upload) await removeUploadedExport(upload)
}
