import { spawn } from 'node:child_process'
import path from 'node:path'

import pg from 'pg'

import { ensurePostgresAccount, runningAsRoot } from '@/lib/db/embeddedPostgresFolder'

export type OldCluster = { url: (database: string) => string; stop: () => Promise<void> }

type Options = { binaries: string; dataDir: string; port: number; password: string }

const READY_TIMEOUT_MS = 60_000

/**
 * A data folder of an older major started with that major's own server, on 127.0.0.1 only, for as
 * long as its content is copied (as the `postgres` OS user under root, as the embedded server runs).
 */
export async function startOldCluster({ binaries, dataDir, port, password }: Options): Promise<OldCluster> {
  const account = runningAsRoot() ? ensurePostgresAccount() : undefined
  const server = spawn(path.join(binaries, 'postgres'), ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(account ? { uid: account.uid, gid: account.gid } : {}),
  })
  let log = ''
  server.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString('utf8')).slice(-4000)))
  let spawnError: Error | undefined
  const exited = new Promise<void>((resolve) => {
    server.on('exit', () => resolve())
    server.on('error', (error) => {
      spawnError = error
      resolve()
    })
  })
  const url = (database: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    if (spawnError) throw new Error(`Could not start ${path.join(binaries, 'postgres')} on ${dataDir}: ${spawnError.message}`)
    if (server.exitCode !== null) throw new Error(`The PostgreSQL server of ${dataDir} stopped at start:\n${log.trim()}`)
    const client = new pg.Client({ connectionString: url('postgres') })
    try {
      await client.connect()
      await client.end()
      break
    } catch (error) {
      await client.end().catch(() => undefined)
      // 57P03: the database system is starting up.
      const code = (error as { code?: string }).code
      if ((code !== 'ECONNREFUSED' && code !== '57P03') || Date.now() > deadline) {
        server.kill('SIGINT')
        throw new Error(`Could not connect to the PostgreSQL server of ${dataDir} (${(error as Error).message}):\n${log.trim()}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  return {
    url,
    stop: async () => {
      if (server.exitCode !== null || spawnError) return
      // SIGINT: PostgreSQL's "fast" shutdown (sessions ended, a clean checkpoint).
      server.kill('SIGINT')
      await exited
    },
  }
}
