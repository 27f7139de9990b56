/**
 * Starts the app for the e2e tests exactly as `npm start` does, but with its data (embedded
 * Postgres, media) in a fresh temporary directory that is deleted afterwards, and its mail sent to
 * a local SMTP server (tests/e2e/mailbox.ts).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { serverPorts } from '../helpers/ports'

import { mailDir, startMailbox } from './mailbox'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-e2e-'))
// The app's mail (password resets) goes to a real SMTP server whose messages the tests read.
const mailbox = await startMailbox(mailDir())
const env: NodeJS.ProcessEnv = {
  SMTP_URL: mailbox.url,
  EMAIL_FROM: 'Scriptorium e2e <e2e@scriptorium.test>',
  ...process.env,
  SCRIPTORIUM_DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String((await serverPorts(1))[0]),
  NEXT_TELEMETRY_DISABLED: '1',
  // Tests never reach YouTube: no thumbnail fetching when videos are saved.
  YOUTUBE_THUMBNAIL_BASE_URL: 'off',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${path.resolve('tests/e2e/monotonicClockBehind.mjs')}`.trim(),
}
delete env.DATABASE_URL

const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { stdio: 'inherit', env })
const cleanUp = () => {
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(mailDir(), { recursive: true, force: true })
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal))
}
child.on('exit', async (code) => {
  await mailbox.close()
  cleanUp()
  process.exit(code ?? 0)
})
