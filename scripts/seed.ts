/**
 * `npm run seed`: (re)writes the demo content on demand. Documents are matched by slug, so running
 * it again updates them instead of adding copies. Creates no users.
 */
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
    await prepareDatabase({ seed: 'always' })
    console.log('Demo content written.')
  } finally {
    await db.stop()
  }
  process.exit(0)
})
