import type { ChildProcess } from 'node:child_process'

const MAX_DELAY_MS = 30_000
/** Up this long after a start, a server counts as recovered: the next death waits the first delay again. */
const STABLE_MS = 60_000

type Options = {
  /** What is watched, for the log lines ("PostgreSQL"). */
  name: string
  /** Starts it again; resolves once it is serving. */
  start: () => Promise<void>
  /** The process now running (a new one after each start). */
  current: () => ChildProcess | undefined
  log: (line: string) => void
  /** The first wait after a death (SCRIPTORIUM_RESTART_DELAY_MS, lib/env.ts). */
  firstDelayMs: number
}

export type Watchdog = {
  /** Ends the watch before a deliberate stop; resolves once a start under way has finished, so the caller stops what it started. */
  stop: () => Promise<void>
}

/**
 * Starts a server again whenever its process dies on its own (a crash, `kill -9`, the OOM killer),
 * after 1 s (or `firstDelayMs`), then twice as long after each death that follows a start within a minute, at most 30 s;
 * every death and every start is logged. `stop()` ends the watch before a deliberate stop.
 */
export function restartWhenDead({ name, start, current, log, firstDelayMs }: Options): Watchdog {
  let stopped = false
  let starting: Promise<void> = Promise.resolve()
  let failures = 0
  let startedAt = Date.now()

  const watch = (child: ChildProcess | undefined) => child?.once('exit', (code, signal) => void again(signal ? `signal ${signal}` : `exit code ${code}`))

  async function again(how: string) {
    if (stopped) return
    if (Date.now() - startedAt > STABLE_MS) failures = 0
    const delay = Math.min(MAX_DELAY_MS, firstDelayMs * 2 ** failures)
    failures += 1
    log(`${name} stopped unexpectedly (${how}); starting it again in ${delay / 1000} s (attempt ${failures}).`)
    await new Promise((resolve) => setTimeout(resolve, delay).unref())
    if (stopped) return
    startedAt = Date.now()
    starting = start()
    try {
      await starting
    } catch (error) {
      if (stopped) return
      return again(`it did not start: ${error instanceof Error ? error.message || error.name : String(error ?? 'its process ended')}`)
    }
    if (stopped) return
    log(`${name} is running again.`)
    watch(current())
  }

  watch(current())
  return {
    stop: async () => {
      stopped = true
      await starting.catch(() => undefined)
    },
  }
}
