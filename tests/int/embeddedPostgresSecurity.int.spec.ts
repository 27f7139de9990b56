/**
 * The embedded PostgreSQL is nobody's open door: its own random password (not postgres/postgres),
 * a data folder only its owner can enter, and no folder above the data changed to let it in.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '@/lib/db/embeddedPostgres'
import { POSTGRES_OS_USER, runningAsRoot } from '@/lib/db/embeddedPostgresFolder'
import { freePort } from '@/lib/runtime/withDatabase'

const roots: string[] = []
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })))

/** A folder for one test, open to others only as far as `mode` says (0711: others may pass, not list). */
function testRoot(mode: number) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-pg-security-'))
  chmodSync(root, mode)
  roots.push(root)
  return root
}

/** The error code of connecting with `password`, or 'connected'. */
async function connectWith(port: number, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres` })
  try {
    await client.connect()
    return 'connected'
  } catch (error) {
    return (error as { code?: string }).code ?? String(error)
  } finally {
    await client.end().catch(() => undefined)
  }
}

const postgresUid = () => Number(execFileSync('id', ['-u', POSTGRES_OS_USER], { encoding: 'utf8' }).trim())

describe('the embedded PostgreSQL', () => {
  it('answers to its own password only, in a folder open to its owner alone, changing nothing above it', async () => {
    const root = testRoot(0o711)
    const dataFolder = path.join(root, 'data')
    const port = await freePort()
    const password = 'a-generated-password-of-some-length'
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataFolder, 'postgres'), port, password, persistent: false })
    try {
      expect(await connectWith(port, password)).toBe('connected')
      // 28P01: invalid_password.
      expect(await connectWith(port, 'postgres')).toBe('28P01')
      expect(server.urlFor('scriptorium')).not.toContain(':postgres@')
      expect(statSync(dataFolder).mode & 0o777).toBe(0o700)
      expect(statSync(root).mode & 0o777).toBe(0o711)
      // As root, PostgreSQL runs as the postgres OS user: the folder is that account's alone.
      if (runningAsRoot()) expect(statSync(dataFolder).uid).toBe(postgresUid())
    } finally {
      await server.stop()
    }
  })

  it('moves a cluster made with the old fixed password to the new one, once', async () => {
    const dataDir = path.join(testRoot(0o711), 'data', 'postgres')
    const port = await freePort()
    const logged: string[] = []
    const legacy = await startEmbeddedPostgres({ dataDir, port, password: 'postgres', persistent: true })
    await legacy.stop()
    const upgraded = await startEmbeddedPostgres({ dataDir, port, password: 'the-new-generated-password', persistent: false, log: (line) => logged.push(line) })
    try {
      expect(await connectWith(port, 'the-new-generated-password')).toBe('connected')
      expect(await connectWith(port, 'postgres')).toBe('28P01')
      expect(logged).toContain('The embedded PostgreSQL still had the old fixed password; it now has the one in .env (EMBEDDED_PG_PASSWORD).')
    } finally {
      await upgraded.stop()
    }
  })

  it.runIf(runningAsRoot())('as root, refuses a data folder that postgres cannot reach, naming the closed folder, and opens nothing', async () => {
    const closed = testRoot(0o700)
    mkdirSync(path.join(closed, 'project'))
    const dataDir = path.join(closed, 'project', 'data', 'postgres')
    await expect(startEmbeddedPostgres({ dataDir, port: await freePort(), password: 'irrelevant', persistent: false })).rejects.toThrow(
      `PostgreSQL runs as the OS user postgres (Scriptorium is running as root) and cannot reach ${path.join(closed, 'project', 'data')} (just created): ${closed} does not let other users through.`,
    )
    expect(statSync(closed).mode & 0o777).toBe(0o700)
  })
})
