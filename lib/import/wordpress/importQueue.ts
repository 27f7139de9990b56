import type { Payload } from 'payload'

import type { TaskImportWordPress } from '@/payload-types'

/** The jobs queue of admin imports: its own, so the minute cron (the default queue) never picks one up. */
export const IMPORT_QUEUE = 'wordpress-import'

export type ImportJobInput = TaskImportWordPress['input']

/**
 * Queues the import of an admin run as a Payload job, records the job on the run, and starts it
 * right away in this process without waiting for it: the request that asked for it returns, and
 * the admin follows the run's progress.
 */
export async function startImportJob(payload: Payload, input: ImportJobInput): Promise<number> {
  const job = await payload.jobs.queue({ task: 'importWordPress', queue: IMPORT_QUEUE, input })
  const jobId = Number(job.id)
  await payload.db.updateOne({ collection: 'import-runs', id: input.runId, data: { runner: { job: jobId } }, returning: false })
  payload.jobs.runByID({ id: jobId }).catch((error: unknown) => payload.logger.error({ err: error, msg: `The WordPress import job ${jobId} (run ${input.runId}) could not be run` }))
  return jobId
}
