/**
 * `npm run backup` while the site serves (it reads the running embedded PostgreSQL), and
 * `npm run restore` after it has stopped: refused while the site runs, refused over content without
 * --force, and with it the site starts again on the content of the backup.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import pg from 'pg'

import { serverPorts } from '../helpers/ports'

import { launch, runScript, stopLaunched, waitForHome } from './launch'

test.describe.configure({ timeout: 240_000 })

test.afterEach(stopLaunched)

test('a backup taken while the site serves restores into it after it stops, and only when forced', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-backup-'))
  const [port, pgPort] = await serverPorts(2)
  const pgPassword = randomBytes(16).toString('hex')
  const env = {
    SCRIPTORIUM_DATA_DIR: dataDir,
    BACKUPS_DIR: path.join(dataDir, 'backups'),
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    EMBEDDED_PG_PASSWORD: pgPassword,
    DATABASE_URL: '',
  }
  const setTagline = async (tagline: string) => {
    const client = new pg.Client({ connectionString: `postgres://postgres:${pgPassword}@127.0.0.1:${pgPort}/scriptorium` })
    await client.connect()
    await client.query('UPDATE site SET tagline = $1', [tagline])
    await client.end()
  }
  try {
    const site = launch(env)
    await waitForHome(port)
    await setTagline('Before the backup')

    // The site answers throughout the backup.
    const backup = runScript('scripts/backup.ts', [], env)
    const statuses: number[] = []
    while (backup.process.exitCode === null) {
      statuses.push((await fetch(`http://localhost:${port}/archive`)).status)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(await backup.exited, backup.output()).toBe(0)
    expect(statuses.length).toBeGreaterThan(0)
    expect(new Set(statuses)).toEqual(new Set([200]))
    const written = /Backup written: (\S+\.tar) \([\d.]+ MB: PostgreSQL 15\.\d+, \d+ media files\)/.exec(backup.output())
    expect(written, backup.output()).not.toBeNull()
    const archive = written![1]
    expect(path.dirname(archive)).toBe(path.join(dataDir, 'backups'))

    await setTagline('After the backup')
    const whileRunning = runScript('scripts/restore.ts', [archive, '--force'], env)
    expect(await whileRunning.exited).toBe(1)
    expect(whileRunning.output()).toContain("The site's embedded PostgreSQL is running")

    site.process.kill('SIGTERM')
    expect(await site.exited).toBe(0)

    const unforced = runScript('scripts/restore.ts', [archive], env)
    expect(await unforced.exited).toBe(1)
    expect(unforced.output()).toMatch(/Nothing was changed\. The database already has \d+ tables/)

    const forced = runScript('scripts/restore.ts', [archive, '--force'], env)
    expect(await forced.exited, forced.output()).toBe(0)
    expect(forced.output()).toMatch(/Restored the backup of \d{4}-\d\d-\d\dT[\d:.]+Z: the database and \d+ media files\./)

    launch(env)
    await waitForHome(port)
    const home = await (await fetch(`http://localhost:${port}/`)).text()
    expect(home).toContain('Before the backup')
    expect(home).not.toContain('After the backup')
  } finally {
    await stopLaunched()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
