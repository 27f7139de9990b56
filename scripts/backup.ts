/** `npm run backup`: the database (pg_dump's custom format) and the media folder in one archive under backups/. */
import path from 'node:path'

import { createBackup } from '@/lib/backup/createBackup'
import { mediaDir, projectRoot } from '@/lib/env'
import { commandDatabase } from '@/lib/runtime/commandDatabase'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'

import { runMain } from './runMain'

await runMain(async () => {
  ensureDotEnv(process.cwd())
  const backupsDir = path.resolve(projectRoot(), process.env.BACKUPS_DIR ?? 'backups')
  const result = await createBackup({ databaseUrl: await commandDatabase({ exclusive: false }), mediaDir: mediaDir(), backupsDir })
  const megabytes = (result.bytes / 1024 / 1024).toFixed(1)
  console.log(`Backup written: ${result.file} (${megabytes} MB: PostgreSQL ${result.serverVersion}, ${result.mediaFiles} media files)`)
  console.log(`Restore it with: npm run restore -- ${path.relative(process.cwd(), result.file)}`)
})
