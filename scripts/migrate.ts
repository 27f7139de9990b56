/** `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { prepareDatabase } from '@/lib/runtime/prepareDatabase'
import { stopOnSignals } from '@/lib/runtime/stopOnSignals'
import { withDatabase } from '@/lib/runtime/withDatabase'

import { runMain } from './runMain'

await runMain(async () => {
  ensureDotEnv(process.cwd())
  const db = await withDatabase()
  stopOnSignals(db.stop)
  try {
    await prepareDatabase({ seed: 'never' })
    console.log('Migrations are up to date.')
  } finally {
    await db.stop()
  }
  process.exit(0)
})
