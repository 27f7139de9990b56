/**
 * A throwaway cluster's port is probed free and then bound by PostgreSQL; a port taken in between
 * (by anything) makes the start choose another instead of failing.
 */
import net from 'node:net'

import pg from 'pg'
import { afterEach, expect, it } from 'vitest'

import { freePort, withDatabase } from '@/lib/runtime/withDatabase'

// withDatabase points DATABASE_URL at what it starts; the other tests' database is put back.
const testDatabaseUrl = process.env.DATABASE_URL
afterEach(() => {
  process.env.DATABASE_URL = testDatabaseUrl
})

async function occupyPort(): Promise<net.Server> {
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve))
  return server
}

it('a throwaway cluster whose probed port is taken before PostgreSQL binds it starts on the next probed port', async () => {
  const occupier = await occupyPort()
  const takenPort = (occupier.address() as net.AddressInfo).port
  const probed: number[] = []
  const probePort = async () => {
    const port = probed.length === 0 ? takenPort : await freePort()
    probed.push(port)
    return port
  }
  try {
    const db = await withDatabase({ throwaway: true, database: 'port_race', probePort })
    try {
      expect(probed).toHaveLength(2)
      expect(probed[0]).toBe(takenPort)
      expect(new URL(db.url).port).toBe(String(probed[1]))
      const client = new pg.Client({ connectionString: db.url })
      await client.connect()
      try {
        expect((await client.query<{ database: string }>('SELECT current_database() AS database')).rows).toEqual([{ database: 'port_race' }])
      } finally {
        await client.end()
      }
    } finally {
      await db.stop()
    }
  } finally {
    occupier.close()
  }
}, 120_000)
