/**
 * `npm run migrate:create -- <name> [--skip-empty]`: writes a migration for the difference between
 * the collections/globals and the latest committed migration snapshot, using a throwaway database.
 * With --skip-empty and no difference it writes nothing.
 */
import { pendingSchemaChanges } from '@/lib/db/pendingSchemaChanges'
import { closePayload } from '@/lib/runtime/closePayload'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { onShutdown } from '@/lib/runtime/shutdown'
import { withDatabase } from '@/lib/runtime/withDatabase'

import { runMain } from './runMain'

const args = process.argv.slice(2)
const skipEmpty = args.includes('--skip-empty')
const name = args.find((arg) => !arg.startsWith('--')) ?? 'schema'

await runMain(async () => {
  ensureDotEnv(process.cwd())
  onShutdown((await withDatabase({ throwaway: true })).stop)
  const { getPayload } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const payload = await getPayload({ config })
  onShutdown(() => closePayload(payload))
  const changes = await pendingSchemaChanges(payload)
  if (changes.length === 0 && skipEmpty) {
    console.log('No schema changes: the committed migrations cover the collections and globals.')
  } else {
    // Checked above, so Payload's own "create an empty migration?" prompt (and its process.exit) never runs.
    await payload.db.createMigration({ migrationName: name, payload, skipEmpty: false, forceAcceptWarning: true })
  }
})
