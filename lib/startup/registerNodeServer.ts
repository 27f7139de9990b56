/**
 * Runs once when the Node.js web server starts: validates configuration (a production server
 * refuses to start without a strong PAYLOAD_SECRET) and initialises Payload, which applies
 * pending migrations in production and starts the scheduled-publishing job runner.
 */
import { payloadSecret } from '@/lib/env'

export async function registerNodeServer(): Promise<void> {
  try {
    payloadSecret()
  } catch (error) {
    console.error(`Scriptorium cannot start: ${(error as Error).message}`)
    process.exit(1)
  }
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config })
}
