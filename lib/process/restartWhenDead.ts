import type { ChildProcess } from 'node:child_process'

const FIRST_DELAY_MS = 1_000
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
}

/**
 * Starts a server again whenever its process dies on its own (a crash, `kill -9`, the OOM killer),
 * after 1 s, then twice as long after each death that follows a start within a minute, at most 30 s;
 * every death and every start is logged. `stop()` ends the watch before a deliberate stop.
 */
export function restartWhenDead({ name, start, current, log }: Options): { stop: () => void } {
  let stopped = false
  let failures = 0
  let startedAt = Date.now()

  const watch = (child: ChildProcess | undefined) => child?.once('exit', (code, signal) => void again(signal ? `signal ${signal}` : `exit code ${code}`))

  async function again(how: string) {
    if (stopped) return
    if (Date.now() - startedAt > STABLE_MS) failures = 0
    const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** failures)
    failures += 1
    log(`${name} stopped unexpectedly (${how}); starting it again in ${delay / 1000} s (attempt ${failures}).`)
    await new Promise((resolve) => setTimeout(resolve, delay).unref())
    if (stopped) return
    startedAt = Date.now()
    try {
      await start()
    } catch (error) {
      return again(`it did not start: ${error instanceof Error ? error.message || error.name : String(error ?? 'its process ended')}`)
    }
    log(`${name} is running again.`)
    watch(current())
  }

  watch(current())
  return { stop: () => void (stopped = true) }
}
