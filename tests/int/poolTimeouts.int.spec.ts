/** The app's pool bounds on a real PostgreSQL and a server that never answers (lib/db/poolOptions.ts). */
import { createServer, type Socket } from 'node:net'

import { Pool } from 'pg'
import { afterEach, describe, expect, it } from 'vitest'

import { databasePoolOptions } from '@/lib/db/poolOptions'

import { testPayload } from './payload'

const saved = { ...process.env }
afterEach(() => {
  for (const name of ['DATABASE_CONNECT_TIMEOUT_MS', 'DATABASE_STATEMENT_TIMEOUT_MS', 'DATABASE_IDLE_TRANSACTION_TIMEOUT_MS']) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

describe('the database pool', () => {
  it('defaults: a connection within 5 s, a statement within 5 minutes, an idle transaction ended after 10', () => {
    expect(databasePoolOptions('postgres://x@127.0.0.1/db')).toEqual({
      connectionString: 'postgres://x@127.0.0.1/db',
      connectionTimeoutMillis: 5_000,
      statement_timeout: 300_000,
      idle_in_transaction_session_timeout: 600_000,
    })
  })

  it('cancels a statement that runs past its timeout, with PostgreSQL’s reason', async () => {
    await testPayload()
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = '300'
    const pool = new Pool(databasePoolOptions(process.env.DATABASE_URL!))
    try {
      const started = performance.now()
      await expect(pool.query('SELECT pg_sleep(5)')).rejects.toThrow('canceling statement due to statement timeout')
      expect(performance.now() - started).toBeLessThan(3_000)
    } finally {
      await pool.end()
    }
  })

  it('gives up connecting to a server that accepts but never answers', async () => {
    const sockets: Socket[] = []
    const silent = createServer((socket) => void sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    process.env.DATABASE_CONNECT_TIMEOUT_MS = '300'
    const pool = new Pool(databasePoolOptions(`postgres://postgres:postgres@127.0.0.1:${(silent.address() as { port: number }).port}/none`))
    try {
      const started = performance.now()
      await expect(pool.query('SELECT 1')).rejects.toThrow(/timeout/i)
      expect(performance.now() - started).toBeLessThan(3_000)
    } finally {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => silent.close(resolve))
      await pool.end().catch(() => undefined)
    }
  })
})
