import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')

/** A command whose cleanup never finishes (a server that will not stop), shut down in a real process. */
const run = (limitMs: string) =>
  spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { onShutdown, shutdown } = await import('./lib/runtime/shutdown.ts')
       onShutdown(() => new Promise(() => { setInterval(() => {}, 1000) }))
       await shutdown(0)`,
    ],
    { cwd: root, env: { ...process.env, SCRIPTORIUM_SHUTDOWN_TIMEOUT_MS: limitMs }, encoding: 'utf8', timeout: 20_000 },
  )

describe('shutdown', () => {
  it('exits with 1 and says why when its cleanups take longer than the limit', () => {
    const started = performance.now()
    const result = run('500')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Shutting down took longer than 0.5 s; exiting without waiting for the rest.')
    expect(performance.now() - started).toBeLessThan(15_000)
  })
})
