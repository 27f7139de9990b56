/**
 * Starts the app for the e2e tests exactly as `npm start` does, but with its data (embedded
 * Postgres, media) in a fresh temporary directory that is deleted afterwards.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '@/lib/runtime/withDatabase'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-e2e-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  SCRIPTORIUM_DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(await freePort()),
  NEXT_TELEMETRY_DISABLED: '1',
  // Tests never reach YouTube: no thumbnail fetching when videos are saved.
  YOUTUBE_THUMBNAIL_BASE_URL: 'off',
}
delete env.DATABASE_URL

const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { stdio: 'inherit', env })
const cleanUp = () => rmSync(dataDir, { recursive: true, force: true })
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal))
}
child.on('exit', (code) => {
  cleanUp()
  process.exit(code ?? 0)
})
