/** The pool Payload uses tells whether connections open: a refused connection marks the database out of reach, the next one opened marks it back. */
import { afterEach, describe, expect, inject, it } from 'vitest'

import { databaseUnreachableSince, markReachable } from '@/lib/db/databaseReachability'
import { reachabilityPg } from '@/lib/db/reachabilityPool'
import { freePort } from '@/lib/runtime/withDatabase'

const pools: InstanceType<typeof reachabilityPg.Pool>[] = []
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end()))
  markReachable()
})

const poolFor = (connectionString: string) => {
  const pool = new reachabilityPg.Pool({ connectionString, connectionTimeoutMillis: 2_000 })
  pools.push(pool)
  return pool
}

describe('the reporting pool', () => {
  it('marks the database out of reach when a connection is refused, through query() and connect()', async () => {
    const nowhere = `postgres://postgres:x@127.0.0.1:${await freePort()}/none`
    await expect(poolFor(nowhere).query('SELECT 1')).rejects.toThrow(/ECONNREFUSED/)
    expect(databaseUnreachableSince()).toEqual(expect.any(Number))
    markReachable()
    await expect(poolFor(nowhere).connect()).rejects.toThrow(/ECONNREFUSED/)
    expect(databaseUnreachableSince()).toEqual(expect.any(Number))
  })

  it('marks it reachable again when the next connection opens', async () => {
    await poolFor(`postgres://postgres:x@127.0.0.1:${await freePort()}/none`).query('SELECT 1').catch(() => undefined)
    expect(databaseUnreachableSince()).not.toBeNull()
    const { rows } = await poolFor(inject('databaseUrl')).query<{ answer: number }>('SELECT 1 AS answer')
    expect(rows).toEqual([{ answer: 1 }])
    expect(databaseUnreachableSince()).toBeNull()
  })
})
