/**
 * `npm run db:move-embedded [-- --binaries <folder>]`: an embedded database made by another
 * PostgreSQL major (18, before Scriptorium embedded 15) moved to a new cluster of the embedded
 * major, its old folder kept beside it.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { clusterMajor, EMBEDDED_POSTGRES_MAJOR } from '@/lib/db/embeddedPostgresMajor'
import { moveEmbeddedCluster } from '@/lib/db/moveCluster/moveEmbeddedCluster'
import { oldMajorBinaries } from '@/lib/db/moveCluster/oldMajorBinaries'
import { dataDir, embeddedPostgresPassword, embeddedPostgresPort } from '@/lib/env'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { acquireProcessLock } from '@/lib/runtime/processLock'
import { onShutdown } from '@/lib/runtime/shutdown'

import { runMain } from './runMain'

await runMain(async () => {
  const { values } = parseArgs({ options: { binaries: { type: 'string' } } })
  ensureDotEnv(process.cwd())
  onShutdown(acquireProcessLock(dataDir(), 'scriptorium').release)
  const cluster = path.join(dataDir(), 'postgres')
  const major = clusterMajor(cluster)
  if (major === null || major === EMBEDDED_POSTGRES_MAJOR) {
    console.log(major === null ? `There is no embedded database in ${cluster}: nothing to move.` : `${cluster} is PostgreSQL ${major} already: nothing to move.`)
    return
  }
  const binaries = values.binaries ?? (await oldMajorBinaries(major, path.join(dataDir(), `postgres-${major}-binaries`)))
  const report = await moveEmbeddedCluster({ dataDir: dataDir(), password: embeddedPostgresPassword(), port: embeddedPostgresPort(), binaries })
  for (const { name, tables } of report.databases) {
    console.log(`${name}: ${tables.length} tables, ${tables.reduce((sum, { rows }) => sum + rows, 0)} rows copied and counted.`)
  }
  if (report.skipped.length) console.log(`Not copied (not the site's database; their data stays in the old folder): ${report.skipped.join(', ')}.`)
  console.log(`Done: ${cluster} is PostgreSQL ${EMBEDDED_POSTGRES_MAJOR}. The old data is kept in ${report.kept}; delete it once the site is as you left it.`)
})
