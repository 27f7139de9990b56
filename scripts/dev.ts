/**
 * `npm run dev`: Next's dev server with hot reload. Uses its own database (`scriptorium_dev` on the
 * embedded server, or DEV_DATABASE_URL) because it lets Payload push schema changes directly,
 * which must never touch the migrated database that `npm start` uses.
 */
import { dataDir, httpPort } from '@/lib/env'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { acquireProcessLock } from '@/lib/runtime/processLock'
import { assertPortFree, serveNext, superviseChild } from '@/lib/runtime/serveNext'
import { withDatabase } from '@/lib/runtime/withDatabase'

import { runMain } from './runMain'

await runMain(async () => {
  const root = process.cwd()
  ensureDotEnv(root)
  const port = httpPort()
  await assertPortFree(port)
  const lock = acquireProcessLock(dataDir(), 'scriptorium')
  if (process.env.DEV_DATABASE_URL) process.env.DATABASE_URL = process.env.DEV_DATABASE_URL
  else delete process.env.DATABASE_URL
  const db = await withDatabase({ database: 'scriptorium_dev' })
  const child = serveNext({ root, mode: 'dev', port, env: { ...process.env, DATABASE_URL: db.url, PAYLOAD_DB_PUSH: 'true' } })
  console.log(`Scriptorium (dev): http://localhost:${port} — admin at /admin; database ${db.embedded ? 'scriptorium_dev (embedded)' : 'DEV_DATABASE_URL'}`)
  superviseChild(child, async () => {
    await db.stop()
    lock.release()
  })
})
