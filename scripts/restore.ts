/** `npm run restore -- <backup.tar> [--force]`: puts a backup made by `npm run backup` back. */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { RestoreRefusedError, restoreBackup } from '@/lib/backup/restoreBackup'
import { mediaDir } from '@/lib/env'
import { commandDatabase } from '@/lib/runtime/commandDatabase'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'

import { runMain } from './runMain'

const USAGE = 'Usage: npm run restore -- <backups/scriptorium-….tar> [--force]'

await runMain(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } })
  if (positionals.length !== 1) {
    console.error(USAGE)
    return 2
  }
  ensureDotEnv(process.cwd())
  const file = path.resolve(positionals[0])
  try {
    const result = await restoreBackup({ file, databaseUrl: await commandDatabase({ exclusive: true }), mediaDir: mediaDir(), force: values.force })
    console.log(`Restored the backup of ${result.createdAt}: the database and ${result.mediaFiles} media files.`)
  } catch (error) {
    if (!(error instanceof RestoreRefusedError)) throw error
    console.error(`Nothing was changed. ${error.message}`)
    return 1
  }
})
