import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { onShutdown } from './shutdown'

// What a production build is made from; tests, scripts and docs do not change it.
const BUILD_INPUTS = ['app', 'access', 'collections', 'components', 'fields', 'globals', 'lib', 'migrations', 'patches', 'public']
const BUILD_FILES = ['payload.config.ts', 'payload-types.ts', 'instrumentation.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
// The launcher itself (this folder) never runs inside the web server.
const NOT_BUILD_INPUTS = [path.join('lib', 'runtime')]
const STAMP = path.join('.next', 'scriptorium-source-hash')

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(full)
    else if (entry.isFile()) yield full
  }
}

/** A hash of every build input's path and contents. */
export function sourceHash(root: string): string {
  const hash = createHash('sha256')
  const files = [...BUILD_INPUTS.flatMap((dir) => [...walk(path.join(root, dir))]), ...BUILD_FILES.map((f) => path.join(root, f))].filter(
    (file) => !NOT_BUILD_INPUTS.some((excluded) => path.relative(root, file).startsWith(excluded + path.sep)),
  )
  for (const file of files) {
    if (!existsSync(file) || !statSync(file).isFile()) continue
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

export function isBuildCurrent(root: string): boolean {
  const stamp = path.join(root, STAMP)
  return existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash(root)
}

export async function runBuild(root: string): Promise<void> {
  const hash = sourceHash(root)
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    })
    // Ctrl-C or SIGTERM during the build stops the build too, instead of leaving it running.
    const forget = onShutdown(
      () =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done()
          child.once('exit', () => done())
          child.kill('SIGTERM')
        }),
    )
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      forget()
      if (code === 0) resolve()
      else reject(new Error(`next build failed (${signal ?? `exit code ${code}`})`))
    })
  })
  writeFileSync(path.join(root, STAMP), hash)
}

/** Builds the app when there is no build yet or its sources changed since the last one. */
export async function buildIfNeeded(root: string, log: (line: string) => void = console.log): Promise<void> {
  if (isBuildCurrent(root)) {
    log('The production build is up to date.')
    return
  }
  log('Building the app (first run or sources changed); this takes a few minutes…')
  await runBuild(root)
}
