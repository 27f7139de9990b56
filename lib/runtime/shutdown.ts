/**
 * The one way a Scriptorium command ends. Whatever a command starts (PostgreSQL, the web server, a
 * build, the data-directory lock) registers how to undo it here; on Ctrl-C, on SIGTERM, on an
 * error or when the command is done, those run once, newest first, and the process exits.
 */
type Cleanup = () => void | Promise<void>

const cleanups: Cleanup[] = []
let ending: Promise<never> | null = null

/** Runs `cleanup` when the command ends; the returned function unregisters it (a finished build). */
export function onShutdown(cleanup: Cleanup): () => void {
  cleanups.push(cleanup)
  return () => {
    const index = cleanups.indexOf(cleanup)
    if (index >= 0) cleanups.splice(index, 1)
  }
}

/** How long the cleanups may take in all before the process exits anyway (a server that will not stop). */
const shutdownLimitMs = () => Number(process.env.SCRIPTORIUM_SHUTDOWN_TIMEOUT_MS ?? 30_000)

/** Runs every cleanup (a second call waits for the first) and exits with `code`, or with 1 after the time limit. */
export function shutdown(code: number): Promise<never> {
  ending ??= (async () => {
    let exitCode = code
    const limitMs = shutdownLimitMs()
    setTimeout(() => {
      console.error(`Shutting down took longer than ${limitMs / 1000} s; exiting without waiting for the rest.`)
      process.exit(1)
    }, limitMs)
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup()
      } catch (error) {
        console.error('While shutting down:', error)
        exitCode ||= 1
      }
    }
    process.exit(exitCode)
  })()
  return ending
}

/** Ctrl-C and SIGTERM end the command through shutdown(), with `code` as its exit status. */
export function shutdownOnSignals(code: number): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(code))
}
