/** `npm start`'s launcher started by a test, with its output kept and a way to stop whatever a test left running. */
import { spawn, type ChildProcess } from 'node:child_process'

import { expect } from '@playwright/test'

export type Launch = { process: ChildProcess; output: () => string; exited: Promise<number | null> }

const launched: Launch[] = []

/** Runs a TypeScript entry point (`scripts/<name>.ts`) as its npm script does; `group`: in a process group of its own, to kill all it started at once. */
export function runScript(script: string, args: string[], env: Record<string, string>, { group = false } = {}): Launch {
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, stdio: 'pipe', detached: group })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const started = { process: child, output: () => output, exited }
  launched.push(started)
  return started
}

/** `npm start`'s launcher (with its web server and PostgreSQL). */
export const launch = (env: Record<string, string>, options: { group?: boolean } = {}) => runScript('scripts/start.ts', [], env, options)

/**
 * For test.afterEach: a test that fails half-way must not leave its server (and PostgreSQL)
 * running: one was found still up 40 minutes after a failed run.
 */
export async function stopLaunched() {
  for (const { process: child, exited } of launched.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue
    child.kill('SIGTERM')
    const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000))])
    if (!stopped) child.kill('SIGKILL')
  }
}

export async function waitForHome(port: number) {
  await expect
    .poll(async () => (await fetch(`http://localhost:${port}/`).catch(() => null))?.status ?? 0, { timeout: 120_000, intervals: [250] })
    .toBe(200)
}
