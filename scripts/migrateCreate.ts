/**
 * `npm run migrate:create [name] [--skip-empty]`: writes a migration for the difference between
 * the collections/globals and the latest committed migration snapshot, using a throwaway database.
 */
import { closePayload } from '@/lib/runtime/closePayload'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { stopOnSignals } from '@/lib/runtime/stopOnSignals'
import { withDatabase } from '@/lib/runtime/withDatabase'

const args = process.argv.slice(2)
const skipEmpty = args.includes('--skip-empty')
const name = args.find((arg) => !arg.startsWith('--')) ?? 'schema'

ensureDotEnv(process.cwd())
const db = await withDatabase({ throwaway: true })
stopOnSignals(db.stop)
try {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const payload = await getPayload({ config })
  await payload.db.createMigration({ migrationName: name, payload, skipEmpty, forceAcceptWarning: !skipEmpty })
  await closePayload(payload)
} finally {
  await db.stop()
}
process.exit(0)
