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

/** Runs every cleanup (a second call waits for the first) and exits with `code`. */
export function shutdown(code: number): Promise<never> {
  ending ??= (async () => {
    let exitCode = code
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
