import type { Payload } from 'payload'

/** A scheduled publish takes well under a second: one still "processing" after this was cut off. */
export const INTERRUPTED_AFTER_MS = 2 * 60_000

/**
 * Payload 3.90 marks a job `processing` while it runs and takes only jobs that are not: a process
 * killed mid-job (a crash, `kill -9`, a deploy) leaves its job marked so for ever, and the post it
 * was publishing never comes out. Jobs of the default queue (scheduled publish and unpublish;
 * imports have their own queue and their own recovery) still processing, unfinished, and untouched
 * for INTERRUPTED_AFTER_MS are handed back, so the next run takes them again. Returns their ids.
 */
export async function releaseInterruptedJobs(payload: Payload, now: Date = new Date()): Promise<(number | string)[]> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: 'default' } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(now.getTime() - INTERRUPTED_AFTER_MS).toISOString() } },
      ],
    },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  for (const job of docs) payload.logger.warn(`Job ${job.id} (${job.taskSlug}) was cut off while running (its process stopped); it is queued to run again.`)
  return docs.map((job) => job.id)
}
