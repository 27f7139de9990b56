import { seedDemoContent, seedIfEmpty } from '@/lib/seed/seedDemoContent'

import { closePayload } from './closePayload'
import { migrations } from '@/migrations'
import type { Migration } from 'payload'

type Options = {
  /** `if-empty` (npm start), `always` (npm run seed) or `never` (npm run migrate). */
  seed?: 'if-empty' | 'always' | 'never'
  log?: (line: string) => void
}

/**
 * Applies pending committed migrations, then seeds demo content as asked.
 * Runs in the launching process, before the web server starts.
 */
export async function prepareDatabase({ seed = 'if-empty', log = console.log }: Options = {}) {
  // The launcher's own Payload instance must not run the job queue; the web server does.
  process.env.SCRIPTORIUM_JOBS_AUTORUN = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const payload = await getPayload({ config })
  try {
    // The generated migration list is typed for the Postgres adapter; the base adapter type is looser.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    if (seed === 'if-empty') await seedIfEmpty(payload, log)
    if (seed === 'always') await seedDemoContent(payload)
  } finally {
    await closePayload(payload)
  }
}
