/** `npm run db`: only the embedded PostgreSQL, for psql or other tools. Ctrl-C stops it. */
import { dataDir } from '@/lib/env'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { acquireProcessLock } from '@/lib/runtime/processLock'
import { stopOnSignals } from '@/lib/runtime/stopOnSignals'
import { withDatabase } from '@/lib/runtime/withDatabase'

import { runMain } from './runMain'

await runMain(async () => {
  ensureDotEnv(process.cwd())
  delete process.env.DATABASE_URL
  const lock = acquireProcessLock(dataDir(), 'scriptorium')
  const db = await withDatabase()
  console.log(`PostgreSQL is running: ${db.url}\nPress Ctrl-C to stop it.`)
  stopOnSignals(async () => {
    await db.stop()
    lock.release()
  }, 0)
})
