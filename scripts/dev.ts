/**
 * `npm run dev`: Next's dev server with hot reload. Uses its own database (`scriptorium_dev` on the
 * embedded server, or DEV_DATABASE_URL) because it lets Payload push schema changes directly,
 * which must never touch the migrated database that `npm start` uses.
 */
import { dataDir, httpPort } from '@/lib/env'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { acquireProcessLock } from '@/lib/runtime/processLock'
import { assertPortFree, serveNext, serverExit, stopServer } from '@/lib/runtime/serveNext'
import { onShutdown } from '@/lib/runtime/shutdown'
import { withDatabase } from '@/lib/runtime/withDatabase'

import { runMain } from './runMain'

await runMain(
  async () => {
    const root = process.cwd()
    ensureDotEnv(root)
    const port = httpPort()
    await assertPortFree(port)
    onShutdown(acquireProcessLock(dataDir(), 'scriptorium').release)
    if (process.env.DEV_DATABASE_URL) process.env.DATABASE_URL = process.env.DEV_DATABASE_URL
    else delete process.env.DATABASE_URL
    const db = await withDatabase({ database: 'scriptorium_dev' })
    onShutdown(db.stop)
    const child = serveNext({ root, mode: 'dev', port, env: { ...process.env, DATABASE_URL: db.url, PAYLOAD_DB_PUSH: 'true' } })
    let stopping = false
    onShutdown(() => {
      stopping = true
      return stopServer(child)
    })
    console.log(`Scriptorium (dev): http://localhost:${port} — admin at /admin; database ${db.embedded ? 'scriptorium_dev (embedded)' : 'DEV_DATABASE_URL'}`)
    return serverExit(child, () => stopping)
  },
  { exitOnSignal: 0 },
)
