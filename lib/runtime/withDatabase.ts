import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres, type RunningPostgres } from '@/lib/db/embeddedPostgres'
import { dataDir, embeddedPostgresPassword, embeddedPostgresPort } from '@/lib/env'

export type Database = { url: string; embedded: RunningPostgres | null; stop: () => Promise<void> }

type Options = {
  /** Database name on the embedded server. */
  database?: string
  /** A throwaway cluster in a temporary directory, deleted on stop. */
  throwaway?: boolean
  port?: number
  log?: (line: string) => void
}

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL under .data/postgres
 * (or a throwaway one) with DATABASE_URL pointed at it.
 */
export async function withDatabase({ database = 'scriptorium', throwaway = false, port, log }: Options = {}): Promise<Database> {
  if (process.env.DATABASE_URL && !throwaway) {
    return { url: process.env.DATABASE_URL, embedded: null, stop: async () => {} }
  }
  const tmp = throwaway ? await mkdtemp(path.join(os.tmpdir(), 'scriptorium-pg-')) : null
  const embedded = await startEmbeddedPostgres({
    dataDir: tmp ? path.join(tmp, 'pgdata') : path.join(dataDir(), 'postgres'),
    // A throwaway cluster lives as long as this process: its own random password, kept nowhere.
    password: tmp ? randomBytes(24).toString('hex') : embeddedPostgresPassword(),
    port: port ?? (throwaway ? await freePort() : embeddedPostgresPort()),
    persistent: !throwaway,
    log,
  })
  await embedded.ensureDatabase(database)
  const url = embedded.urlFor(database)
  process.env.DATABASE_URL = url
  return {
    url,
    embedded,
    stop: async () => {
      await embedded.stop()
      if (tmp) await rm(tmp, { recursive: true, force: true })
    },
  }
}

export async function freePort(): Promise<number> {
  const net = await import('node:net')
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}
