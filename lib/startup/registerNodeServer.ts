/**
 * Runs once when the Node.js web server starts: validates configuration (a production server
 * refuses to start without a strong PAYLOAD_SECRET) and boots Payload, which applies pending
 * migrations in production (prodMigrations) and starts the scheduled-publishing job runner. Under
 * `npm start` (SCRIPTORIUM_SEED_IF_EMPTY) an empty database then gets the demo content, so the
 * launcher never boots Payload a second time. WordPress imports left “running” by a server or
 * command that was killed are marked failed (lib/import/wordpress/staleRuns.ts).
 */
import { payloadSecret, seedIfEmptyOnStart } from '@/lib/env'

export async function registerNodeServer(): Promise<void> {
  try {
    payloadSecret()
  } catch (error) {
    console.error(`Scriptorium cannot start: ${(error as Error).message}`)
    process.exit(1)
  }
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  const payload = await getPayload({ config })
  const { failStaleRuns } = await import('@/lib/import/wordpress/staleRuns')
  await failStaleRuns(payload)
  if (seedIfEmptyOnStart()) {
    const { seedIfEmpty } = await import('@/lib/seed/seedDemoContent')
    await seedIfEmpty(payload, (line) => payload.logger.info(line))
  }
}
