import type { Migration, Payload } from 'payload'

import { closePayload } from './closePayload'
import { onShutdown } from './shutdown'

/**
 * Payload booted in a command's own process (migrate, seed, import:wordpress, the import bench) on
 * a database with the committed migrations applied, and closed when the command ends.
 */
export async function migratedPayload(): Promise<Payload> {
  // A command's Payload must not run the job queue; the web server does.
  process.env.SCRIPTORIUM_JOBS_AUTORUN = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const { migrations } = await import('@/migrations')
  const payload = await getPayload({ config })
  onShutdown(() => closePayload(payload))
  // The generated migration list is typed for the Postgres adapter; the base adapter type is looser.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return payload
}
