import { seedDemoContent } from '@/lib/seed/seedDemoContent'

import { closePayload } from './closePayload'
import { migrations } from '@/migrations'
import type { Migration } from 'payload'

type Options = {
  /** `always` (npm run seed) or `never` (npm run migrate); `npm start`'s server seeds an empty database itself. */
  seed: 'always' | 'never'
}

/**
 * Applies pending committed migrations, then seeds demo content as asked.
 * For `npm run migrate` and `npm run seed`, which boot Payload in their own process.
 */
export async function prepareDatabase({ seed }: Options) {
  // The launcher's own Payload instance must not run the job queue; the web server does.
  process.env.SCRIPTORIUM_JOBS_AUTORUN = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const payload = await getPayload({ config })
  try {
    // The generated migration list is typed for the Postgres adapter; the base adapter type is looser.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    if (seed === 'always') await seedDemoContent(payload)
  } finally {
    await closePayload(payload)
  }
}
