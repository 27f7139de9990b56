import os from 'node:os'

/** Where an import run is running: the machine's name and the process id, kept on the run. */
export type RunProcess = { host: string; pid: number }

/** How often a running import writes its heartbeat (staleRuns.ts gives up on one silent for ten of these). */
export const HEARTBEAT_INTERVAL_MS = 30_000

export const thisProcess = (): RunProcess => ({ host: os.hostname(), pid: process.pid })

// On globalThis: Next bundles the API routes and the server's startup separately, and both must
// see the runs this process has in hand.
const ACTIVE_KEY = Symbol.for('scriptorium.importRunsInProgress')
const globalRuns = globalThis as typeof globalThis & { [ACTIVE_KEY]?: Set<number> }
const active = () => (globalRuns[ACTIVE_KEY] ??= new Set<number>())

/** The runs this process is working on (created and not yet finished). */
export const runInProgress = {
  add: (id: number) => void active().add(id),
  delete: (id: number) => void active().delete(id),
  has: (id: number) => active().has(id),
}

/**
 * Whether the process that recorded itself on run `runId` still runs it. On this machine the
 * process id is asked (and this very process knows its own runs, so a run left by an earlier
 * server that had the same id is not taken for alive); another machine's processes cannot be
 * asked: null, and the heartbeat decides.
 */
export function runProcessAlive(runId: number, runner: { host?: string | null; pid?: number | null }): boolean | null {
  const here = thisProcess()
  if (!runner.host || !runner.pid || runner.host !== here.host) return null
  if (runner.pid === here.pid) return runInProgress.has(runId)
  try {
    process.kill(runner.pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
