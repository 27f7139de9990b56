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
  /** Where a throwaway cluster's port comes from (tests pass one that hands out a taken port first). */
  probePort?: () => Promise<number>
}

// A throwaway cluster's port is probed free, then the probe is closed and PostgreSQL binds it:
// another process can take it in between, so a start that finds it taken tries a new one.
const PORT_ATTEMPTS = 5
const PORT_TAKEN = /could not bind .*Address already in use|could not create any TCP\/IP sockets/

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL under .data/postgres
 * (or a throwaway one) with DATABASE_URL pointed at it.
 */
export async function withDatabase({ database = 'scriptorium', throwaway = false, port, log, probePort = freePort }: Options = {}): Promise<Database> {
  if (process.env.DATABASE_URL && !throwaway) {
    return { url: process.env.DATABASE_URL, embedded: null, stop: async () => {} }
  }
  const tmp = throwaway ? await mkdtemp(path.join(os.tmpdir(), 'scriptorium-pg-')) : null
  // A throwaway cluster lives as long as this process: its own random password, kept nowhere.
  const password = tmp ? randomBytes(24).toString('hex') : embeddedPostgresPassword()
  const start = (chosen: number) =>
    startEmbeddedPostgres({ dataDir: tmp ? path.join(tmp, 'pgdata') : path.join(dataDir(), 'postgres'), password, port: chosen, persistent: !throwaway, log })
  const embedded = port !== undefined || !throwaway ? await start(port ?? embeddedPostgresPort()) : await startOnFreePort(start, probePort, log ?? ((line) => console.error(line)))
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

async function startOnFreePort(start: (port: number) => Promise<RunningPostgres>, probePort: () => Promise<number>, log: (line: string) => void): Promise<RunningPostgres> {
  for (let attempt = 1; ; attempt++) {
    const port = await probePort()
    try {
      return await start(port)
    } catch (error) {
      if (attempt < PORT_ATTEMPTS && error instanceof Error && PORT_TAKEN.test(error.message)) {
        log(`Port ${port} was taken between probing and PostgreSQL binding it; trying another (attempt ${attempt + 1} of ${PORT_ATTEMPTS}).`)
        continue
      }
      throw error
    }
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
