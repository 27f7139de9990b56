/**
 * `npm start`: the whole production-like stack from one command.
 * Builds if needed, starts the embedded PostgreSQL when DATABASE_URL is unset, applies migrations,
 * seeds demo content into an empty database and serves the site with `next start`.
 */
import { buildIfNeeded } from '@/lib/runtime/buildIfNeeded'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { prepareDatabase } from '@/lib/runtime/prepareDatabase'
import { acquireProcessLock } from '@/lib/runtime/processLock'
import { assertPortFree, serveNext, superviseChild } from '@/lib/runtime/serveNext'
import { withDatabase } from '@/lib/runtime/withDatabase'
import { dataDir, httpPort, payloadSecret } from '@/lib/env'

import { runMain } from './runMain'

await runMain(async () => {
  const root = process.cwd()
  const userEnv = { ...process.env }
  ensureDotEnv(root)
  Object.assign(process.env, { NODE_ENV: 'production' })
  payloadSecret()
  const port = httpPort()
  await assertPortFree(port)
  const lock = acquireProcessLock(dataDir(), 'scriptorium')
  try {
    await buildIfNeeded(root)
    const db = await withDatabase()
    console.log(db.embedded ? `PostgreSQL (embedded) is running with data in ${dataDir()}/postgres` : 'Using the database at DATABASE_URL')
    try {
      await prepareDatabase()
    } catch (error) {
      await db.stop()
      throw error
    }
    const child = serveNext({
      root,
      mode: 'start',
      port,
      env: { ...userEnv, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, DATABASE_URL: db.url, NODE_ENV: 'production' },
    })
    console.log(`Scriptorium: the blog is on http://localhost:${port} and the admin on http://localhost:${port}/admin`)
    superviseChild(child, async () => {
      await db.stop()
      lock.release()
    })
  } catch (error) {
    lock.release()
    throw error
  }
})
