/** `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { prepareDatabase } from '@/lib/runtime/prepareDatabase'
import { onShutdown } from '@/lib/runtime/shutdown'
import { withDatabase } from '@/lib/runtime/withDatabase'

import { runMain } from './runMain'

await runMain(async () => {
  ensureDotEnv(process.cwd())
  onShutdown((await withDatabase()).stop)
  await prepareDatabase({ seed: 'never' })
  console.log('Migrations are up to date.')
})
