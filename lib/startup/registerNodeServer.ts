/**
 * Runs once when the Node.js web server starts: validates configuration (a production server
 * refuses to start without a strong PAYLOAD_SECRET) and boots Payload, which applies pending
 * migrations in production (prodMigrations) and starts the scheduled-publishing job runner. Under
 * `npm start` (SCRIPTORIUM_SEED_IF_EMPTY) an empty database then gets the demo content, so the
 * launcher never boots Payload a second time. WordPress imports left “running” by a server or
 * command that was killed are marked failed (lib/import/wordpress/staleRuns.ts); scheduled-publish
 * jobs cut off mid-run are handed back to the runner (lib/publishing/releaseInterruptedJobs.ts).
 * A page that fails while the database is out of reach answers 503 with Retry-After
 * (lib/http/unavailableWhileDatabaseDown.ts).
 */
import { payloadSecret, seedIfEmptyOnStart } from '@/lib/env'

export async function registerNodeServer(): Promise<void> {
  try {
    payloadSecret()
  } catch (error) {
    console.error(`Scriptorium cannot start: ${(error as Error).message}`)
    process.exit(1)
  }
  const { answerUnavailableWhileDatabaseDown } = await import('@/lib/http/unavailableWhileDatabaseDown')
  answerUnavailableWhileDatabaseDown()
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  const payload = await getPayload({ config })
  const { failStaleRuns } = await import('@/lib/import/wordpress/staleRuns')
  await failStaleRuns(payload)
  const { releaseInterruptedJobs } = await import('@/lib/publishing/releaseInterruptedJobs')
  // At start and then every minute, as the job runner's own cron: a cut-off scheduled publish runs again.
  const release = () => releaseInterruptedJobs(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Could not hand back interrupted jobs' }))
  await release()
  setInterval(() => void release(), 60_000).unref()
  if (seedIfEmptyOnStart()) {
    const { seedIfEmpty } = await import('@/lib/seed/seedDemoContent')
    await seedIfEmpty(payload, (line) => payload.logger.info(line))
  }
}
