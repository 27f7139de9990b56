import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

import { startEmbeddedPostgres, type RunningPostgres } from '@/lib/db/embeddedPostgres'
import { clusterMajor } from '@/lib/db/embeddedPostgresMajor'
import { ConfigError, projectRoot } from '@/lib/env'
import { SITE_DATABASE } from '@/lib/runtime/commandDatabase'
import { freePort } from '@/lib/runtime/withDatabase'

import { copyDatabaseContent, type CopiedTable } from './copyDatabaseContent'
import { startOldCluster, type OldCluster } from './startOldCluster'

const run = promisify(execFile)

type Options = {
  /** SCRIPTORIUM_DATA_DIR: the cluster is its `postgres` folder. */
  dataDir: string
  /** The superuser's password (EMBEDDED_PG_PASSWORD): the old cluster's, and the new one's. */
  password: string
  /** Where the new cluster listens while it is filled (EMBEDDED_PG_PORT). */
  port: number
  /** The old major's server binaries (oldMajorBinaries). */
  binaries: string
  log?: (line: string) => void
}

/** Only the site's database is copied; another on the old cluster (`npm run dev`'s, made by schema push) is named in the report. */
export type MoveReport = { fromMajor: number; kept: string; databases: { name: string; tables: CopiedTable[] }[]; skipped: string[] }


/** `npm run migrate` in a process of its own, on the new cluster: the schema is made by the committed migrations, as for any new install. */
async function migrate(databaseUrl: string): Promise<void> {
  try {
    await run(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], { cwd: projectRoot(), env: { ...process.env, DATABASE_URL: databaseUrl } })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`Migrating the new cluster failed: ${(stderr || stdout || (error as Error).message).trim()}`)
  }
}

async function databasesOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres' ORDER BY 1")
    return rows.map(({ datname }) => datname)
  } finally {
    await client.end()
  }
}

/**
 * Moves the embedded cluster's content to a new cluster of the embedded major: the old folder is
 * renamed `postgres-<major>` (kept, never deleted here) and started with its own major's server;
 * a new `postgres` folder is made, migrated, and filled table by table. If anything fails, the new
 * folder is removed and the old one put back where it was.
 */
export async function moveEmbeddedCluster({ dataDir, password, port, binaries, log = console.log }: Options): Promise<MoveReport> {
  const cluster = path.join(dataDir, 'postgres')
  const fromMajor = clusterMajor(cluster)
  if (fromMajor === null) throw new ConfigError(`There is no embedded database in ${cluster} to move.`)
  const kept = path.join(dataDir, `postgres-${fromMajor}`)
  if (existsSync(kept)) throw new ConfigError(`${kept} exists already (an earlier move?): move or delete it first; nothing was changed.`)
  await rename(cluster, kept)
  let old: OldCluster | undefined
  let fresh: RunningPostgres | undefined
  try {
    old = await startOldCluster({ binaries, dataDir: kept, port: await freePort(), password })
    const databases = await databasesOf(old.url('postgres'))
    log(`PostgreSQL ${fromMajor} started on the old data; databases: ${databases.join(', ') || 'none'}.`)
    fresh = await startEmbeddedPostgres({ dataDir: cluster, port, password, persistent: true })
    const report: MoveReport = { fromMajor, kept, databases: [], skipped: databases.filter((name) => name !== SITE_DATABASE) }
    if (databases.includes(SITE_DATABASE)) {
      await fresh.ensureDatabase(SITE_DATABASE)
      log('Migrating the new database…')
      await migrate(fresh.urlFor(SITE_DATABASE))
      log('Copying…')
      report.databases.push({ name: SITE_DATABASE, tables: await copyDatabaseContent({ fromUrl: old.url(SITE_DATABASE), toUrl: fresh.urlFor(SITE_DATABASE) }) })
    }
    return report
  } catch (error) {
    await fresh?.stop()
    fresh = undefined
    await rm(cluster, { recursive: true, force: true })
    await old?.stop()
    old = undefined
    await rename(kept, cluster)
    throw error
  } finally {
    await fresh?.stop()
    await old?.stop()
  }
}
