import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { ConfigError } from '@/lib/env'

/**
 * The PostgreSQL major the embedded server runs: the one Debian 12's `postgresql-client` (pg_dump
 * 15) can back up, since pg_dump refuses servers newer than itself and the embedded-postgres
 * packages ship no pg_dump (README.md "Backups"). package.json pins embedded-postgres to
 * the same major (a unit test keeps the two together).
 */
export const EMBEDDED_POSTGRES_MAJOR = 15

/** The major a data folder was made by (its PG_VERSION file), or null for a folder not yet made. */
export function clusterMajor(dataDir: string): number | null {
  const file = path.join(dataDir, 'PG_VERSION')
  if (!existsSync(file)) return null
  const major = Number(readFileSync(file, 'utf8').trim())
  if (!Number.isInteger(major)) throw new ConfigError(`${file} does not name a PostgreSQL version: is ${dataDir} a PostgreSQL data folder?`)
  return major
}

/** Refuses a data folder of another major with what to do about it (PostgreSQL itself only says "incompatible"). */
export function assertClusterMajor(dataDir: string): void {
  const major = clusterMajor(dataDir)
  if (major === null || major === EMBEDDED_POSTGRES_MAJOR) return
  throw new ConfigError(
    `The database in ${dataDir} was made by PostgreSQL ${major}, and Scriptorium embeds PostgreSQL ${EMBEDDED_POSTGRES_MAJOR} ` +
      `(the version Debian's pg_dump can back up). Move its content across with \`npm run db:move-embedded\` ` +
      '(README.md, "Backups"); nothing in it has been changed.',
  )
}
