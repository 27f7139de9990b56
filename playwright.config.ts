import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { defineConfig, devices } from '@playwright/test'

import { firstFreePortSync } from './tests/helpers/ports'

// The first free port from 3100 (E2E_PORT to choose), found once in the runner; the workers
// inherit it and the server is started on it.
process.env.E2E_PORT ??= String(firstFreePortSync(3100))
const PORT = Number(process.env.E2E_PORT)
// Where the e2e server's SMTP mailbox keeps received mail (tests/e2e/mailbox.ts). Set once here in
// the runner; the server and the test workers inherit it.
process.env.E2E_MAIL_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'scriptorium-e2e-mail-'))
export const BASE_URL = `http://localhost:${PORT}`

/**
 * End-to-end tests drive Debian's Chromium against the production build, served by the same
 * `npm start` launcher a user runs, on a throwaway embedded Postgres (see tests/e2e/serve.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    // The tests' API calls stand for the admin's own pages: they carry the site's Origin, as a
    // browser's fetch does; without it the sign-in cookie is not accepted (Payload's csrf list).
    // tests/e2e/crossOrigin.e2e.spec.ts sends other origins.
    extraHTTPHeaders: { Origin: BASE_URL },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // Runs first, on the fresh database: the create-first-user screen exists only until it is used.
    { name: 'first-user', testMatch: '**/*.setup.ts', use: { ...devices['Desktop Chrome'] } },
    { name: 'chromium', testMatch: '**/*.e2e.spec.ts', dependencies: ['first-user'], use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: {
    command: 'node --import tsx tests/e2e/serve.ts',
    url: `${BASE_URL}/api/globals/site`,
    // The first run includes a production build.
    timeout: 15 * 60 * 1000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(PORT), E2E_MAIL_DIR: process.env.E2E_MAIL_DIR },
  },
})
