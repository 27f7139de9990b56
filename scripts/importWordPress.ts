/**
 * `npm run import:wordpress -- <export.xml> [--dry-run] [--overwrite] [--media-dir <folder>] [--no-fetch]`:
 * imports a WordPress export
 * (Tools → Export) into the database `npm start` uses, all or nothing, and prints the report.
 * Exit code 0 on success; 1 with a one-line reason when the file is refused or the import fails
 * (then nothing was written).
 */
import { existsSync } from 'node:fs'

import { ConfigError } from '@/lib/env'
import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'
import { migratedPayload } from '@/lib/runtime/migratedPayload'
import { onShutdown } from '@/lib/runtime/shutdown'
import { withDatabase } from '@/lib/runtime/withDatabase'

import { runMain } from './runMain'

const args = process.argv.slice(2)
const KNOWN_FLAGS = new Set(['--dry-run', '--overwrite', '--no-fetch', '--media-dir'])
const USAGE = 'Usage: npm run import:wordpress -- <export.xml> [--dry-run] [--overwrite] [--media-dir <folder>] [--no-fetch]'
const mediaDirAt = args.indexOf('--media-dir')
const mediaDir = mediaDirAt >= 0 ? args[mediaDirAt + 1] : null
const file = args.find((arg, index) => !arg.startsWith('--') && (mediaDirAt < 0 || index !== mediaDirAt + 1))

await runMain(async () => {
  const unknown = args.filter((arg) => arg.startsWith('--') && !KNOWN_FLAGS.has(arg))
  if (unknown.length) throw new ConfigError(`Unknown option ${unknown.join(', ')}. ${USAGE}`)
  if (!file) throw new ConfigError(`Name the export file. ${USAGE}`)
  if (!existsSync(file)) throw new ConfigError(`${file} does not exist.`)
  if (mediaDirAt >= 0 && (!mediaDir || mediaDir.startsWith('--') || !existsSync(mediaDir))) throw new ConfigError(`--media-dir needs an existing folder (got ${mediaDir ?? 'nothing'}).`)
  ensureDotEnv(process.cwd())
  onShutdown((await withDatabase()).stop)
  const payload = await migratedPayload()
  const { importWordPress } = await import('@/lib/import/wordpress/importWordPress')
  try {
    const { summary } = await importWordPress(payload, file, {
      dryRun: args.includes('--dry-run'),
      overwrite: args.includes('--overwrite'),
      mediaDir,
      fetchMedia: !args.includes('--no-fetch'),
      onProgress: (line) => console.log(line),
    })
    console.log(`\n${summary}`)
  } catch (error) {
    console.error(`\nThe import failed and wrote nothing: ${(error as Error).message}`)
    return 1
  }
})
