// '.js': next has no exports map for this subpath (scripts load this file through tsx).
import { after } from 'next/server.js'
import type { Payload } from 'payload'

import type { TaskImportWordPress } from '@/payload-types'

/** The jobs queue of admin imports: its own, so the minute cron (the default queue) never picks one up. */
export const IMPORT_QUEUE = 'wordpress-import'

export type ImportJobInput = TaskImportWordPress['input']

/**
 * Queues the import of an admin run as a Payload job, records the job on the run, and starts it
 * in this process once the request that asked for it has been answered (Next's `after`), so the
 * admin follows the run's progress and the import's revalidation at its end drops cached pages.
 */
export async function startImportJob(payload: Payload, input: ImportJobInput): Promise<number> {
  const job = await payload.jobs.queue({ task: 'importWordPress', queue: IMPORT_QUEUE, input })
  const jobId = Number(job.id)
  await payload.db.updateOne({ collection: 'import-runs', id: input.runId, data: { runner: { job: jobId } }, returning: false })
  const run = () => payload.jobs.runByID({ id: jobId }).catch((error: unknown) => payload.logger.error({ err: error, msg: `The WordPress import job ${jobId} (run ${input.runId}) could not be run` }))
  try {
    // After the response, inside the request's scope: the import's closing revalidation reaches Next's cache.
    after(run)
  } catch {
    // Outside a request (the tests, a script) there is no cache to drop: run it right away.
    void run()
  }
  return jobId
}
