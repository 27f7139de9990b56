/**
 * `npm start`: the whole production-like stack from one command.
 * Builds if needed, starts the embedded PostgreSQL when DATABASE_URL is unset and serves the site
 * with `next start`. The server boots Payload once: that applies pending migrations (Payload's
 * prodMigrations) and seeds demo content into an empty database (lib/startup/registerNodeServer.ts).
 */
import { buildIfNeeded } from '@/lib/runtime/buildIfNeeded'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { acquireProcessLock } from '@/lib/runtime/processLock'
import { restartWhenDead, type Watchdog } from '@/lib/process/restartWhenDead'
import { assertPortFree, serveNext, stopServer, waitUntilListening } from '@/lib/runtime/serveNext'
import { onShutdown } from '@/lib/runtime/shutdown'
import { withDatabase } from '@/lib/runtime/withDatabase'
import { dataDir, httpPort, payloadSecret, restartDelayMs } from '@/lib/env'

import { runMain } from './runMain'

await runMain(
  async () => {
    const root = process.cwd()
    const userEnv = { ...process.env }
    ensureDotEnv(root)
    Object.assign(process.env, { NODE_ENV: 'production' })
    payloadSecret()
    const port = httpPort()
    await assertPortFree(port)
    onShutdown(acquireProcessLock(dataDir(), 'scriptorium').release)
    await buildIfNeeded(root)
    const db = await withDatabase()
    onShutdown(db.stop)
    console.log(db.embedded ? `PostgreSQL (embedded) is running with data in ${dataDir()}/postgres` : 'Using the database at DATABASE_URL')
    const env = { ...userEnv, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, DATABASE_URL: db.url, NODE_ENV: 'production' as const, SCRIPTORIUM_SEED_IF_EMPTY: 'true' }
    let web = serveNext({ root, mode: 'start', port, env })
    let watchdog: Watchdog | null = null
    onShutdown(async () => {
      await watchdog?.stop()
      return stopServer(web)
    })
    // One that ends before it first serves ends the launcher (waitUntilListening throws, with its output above).
    await waitUntilListening(web, port)
    // Once serving, a web server that dies on its own (a crash, the OOM killer, its heap bound) is
    // started again, as PostgreSQL is.
    watchdog = restartWhenDead({
      name: 'The web server',
      start: async () => {
        web = serveNext({ root, mode: 'start', port, env })
        await waitUntilListening(web, port)
      },
      current: () => web,
      log: (line) => console.error(line),
      firstDelayMs: restartDelayMs(),
    })
    console.log(`Scriptorium: the blog is on http://localhost:${port} and the admin on http://localhost:${port}/admin`)
    // Serves until Ctrl-C or SIGTERM, which end the process through shutdown().
    return new Promise<never>(() => {})
  },
  { exitOnSignal: 0 },
)
