/** `npm run build`: a production build of the app (no database needed). */
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { runBuild } from '@/lib/runtime/buildIfNeeded'

import { runMain } from './runMain'

await runMain(async () => {
  ensureDotEnv(process.cwd())
  await runBuild(process.cwd())
})
