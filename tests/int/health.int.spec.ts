/** GET /api/health's check against real PostgreSQL servers: current, behind, empty, refusing and silent. */
import { createServer, type Server, type Socket } from 'node:net'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkHealth } from '@/lib/health/checkHealth'
import { freePort } from '@/lib/runtime/withDatabase'
import { migrations } from '@/migrations/index'

import { testPayload } from './payload'

let payload: Payload
const closers: (() => Promise<unknown>)[] = []
const names = migrations.map((migration) => migration.name)

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(async () => {
  for (const close of closers.reverse()) await close()
})

describe('the health check', () => {
  it('is ok when the database answers and every migration of the build is applied', async () => {
    expect(await checkHealth((payload.db as unknown as PostgresAdapter).pool, names)).toEqual({ status: 'ok', database: 'reachable', migrations: 'current' })
  })

  it('is unavailable, naming them, when the build carries migrations the database lacks', async () => {
    expect(await checkHealth((payload.db as unknown as PostgresAdapter).pool, [...names, '20991231_000000_not_yet'])).toEqual({
      status: 'unavailable',
      database: 'reachable',
      migrations: 'pending',
      reason: 'Migrations not applied: 20991231_000000_not_yet.',
    })
  })

  it('is unavailable on a database no migration ever ran on', async () => {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const database = `health_empty_${process.pid}_${Date.now()}`
    await pool.query(`CREATE DATABASE "${database}"`)
    const url = new URL(process.env.DATABASE_URL!)
    url.pathname = `/${database}`
    const empty = new Pool({ connectionString: url.toString() })
    closers.push(() => pool.query(`DROP DATABASE "${database}"`), () => empty.end())
    expect(await checkHealth(empty, names)).toEqual({ status: 'unavailable', database: 'reachable', migrations: 'pending', reason: 'No migration has been applied to this database.' })
  })

  it('is unavailable when nothing listens where the database should be', async () => {
    const refused = new Pool({ connectionString: `postgres://postgres:postgres@127.0.0.1:${await freePort()}/none`, connectionTimeoutMillis: 1_000 })
    closers.push(() => refused.end())
    const health = await checkHealth(refused, names)
    expect(health).toMatchObject({ status: 'unavailable', database: 'unreachable', migrations: 'unknown' })
    expect(health.reason).toMatch(/^The database did not answer: .*ECONNREFUSED/)
  })

  it('is unavailable within its timeout when the database accepts but never answers', async () => {
    const sockets: Socket[] = []
    const silent: Server = createServer((socket) => void sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as { port: number }).port
    const stuck = new Pool({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/none` })
    // Run last to first: the pool waits for its connection, so the server's sockets are cut first.
    closers.push(
      () => stuck.end().catch(() => undefined),
      () => new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        silent.close(resolve)
      }),
    )
    const started = performance.now()
    expect(await checkHealth(stuck, names, 300)).toEqual({ status: 'unavailable', database: 'unreachable', migrations: 'unknown', reason: 'The database did not answer: no answer within 300 ms' })
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
