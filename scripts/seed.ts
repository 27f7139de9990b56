/**
 * `npm run seed`: (re)writes the demo content on demand. Documents are matched by slug, so running
 * it again updates them instead of adding copies. Creates no users.
 */
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { prepareDatabase } from '@/lib/runtime/prepareDatabase'
import { onShutdown } from '@/lib/runtime/shutdown'
import { withDatabase } from '@/lib/runtime/withDatabase'

import { runMain } from './runMain'

await runMain(async () => {
  ensureDotEnv(process.cwd())
  onShutdown((await withDatabase()).stop)
  await prepareDatabase({ seed: 'always' })
  console.log('Demo content written.')
})
