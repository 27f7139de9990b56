/** `npm run db`: only the embedded PostgreSQL, for psql or other tools. Ctrl-C stops it. */
import { dataDir } from '@/lib/env'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { acquireProcessLock } from '@/lib/runtime/processLock'
import { onShutdown } from '@/lib/runtime/shutdown'
import { withDatabase } from '@/lib/runtime/withDatabase'

import { runMain } from './runMain'

await runMain(
  async () => {
    ensureDotEnv(process.cwd())
    delete process.env.DATABASE_URL
    // Again without DATABASE_URL: an embedded server needs its password even where .env names another server.
    ensureDotEnv(process.cwd())
    onShutdown(acquireProcessLock(dataDir(), 'scriptorium').release)
    const db = await withDatabase()
    onShutdown(db.stop)
    console.log(`PostgreSQL is running: ${db.url}\nPress Ctrl-C to stop it.`)
    // Runs until Ctrl-C or SIGTERM, which end it through the shutdown path.
    await new Promise(() => {})
  },
  { exitOnSignal: 0 },
)
