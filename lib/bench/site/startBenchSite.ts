import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildIfNeeded } from '@/lib/runtime/buildIfNeeded'
import { onShutdown } from '@/lib/runtime/shutdown'
import { freePort, withDatabase } from '@/lib/runtime/withDatabase'

import { seedBenchSite, type BenchSite } from './seedBenchSite'

export type RunningBenchSite = {
  /** The app's address, e.g. http://127.0.0.1:41234. */
  base: string
  site: BenchSite
  server: ChildProcess
  /** The throwaway database's address (for inspecting it with psql while the site runs). */
  databaseUrl: string
  /** A throwaway folder for the run's files, removed at shutdown. */
  work: string
}

const START_TIMEOUT_MS = 300_000

/**
 * The production app on a throwaway database seeded with `posts` realistic scripts, started as
 * `npm start` starts it, for `npm run bench` and `npm run loadtest`. Builds first if needed;
 * everything (server, database, folder) is stopped and removed at shutdown.
 */
export async function startBenchSite({ posts, log, env = {} }: { posts: number; log: (line: string) => void; env?: Record<string, string | undefined> }): Promise<RunningBenchSite> {
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  await buildIfNeeded(process.cwd())

  const work = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-bench-'))
  onShutdown(() => rmSync(work, { recursive: true, force: true }))
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  process.env.MEDIA_DIR = path.join(work, 'media')
  process.env.SCRIPTORIUM_DATA_DIR = path.join(work, 'data')
  process.env.YOUTUBE_THUMBNAIL_BASE_URL = 'off'
  const database = await withDatabase({ throwaway: true, database: 'scriptorium_bench_site' })
  onShutdown(database.stop)

  let started = performance.now()
  log(`Seeding ${posts} scripts…`)
  const { migratedPayload } = await import('@/lib/runtime/migratedPayload')
  const site = await seedBenchSite(await migratedPayload(), { posts, folder: work, log })
  log(`Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s.`)

  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env: { ...process.env, ...env, PORT: String(port), DATABASE_URL: database.url }, stdio: ['ignore', 'ignore', 'inherit'] })
  onShutdown(
    () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve()
        server.once('exit', () => resolve())
        server.kill('SIGTERM')
      }),
  )
  started = performance.now()
  while (!(await fetch(`${base}/api/globals/site`).then((response) => response.ok).catch(() => false))) {
    if (server.exitCode !== null) throw new Error(`The app stopped (exit code ${server.exitCode}) before it answered on ${base}.`)
    if (performance.now() - started > START_TIMEOUT_MS) throw new Error(`The app did not answer on ${base} within ${START_TIMEOUT_MS / 60_000} minutes.`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { base, site, server, databaseUrl: database.url, work }
}
