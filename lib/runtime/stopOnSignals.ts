/** Runs `stop` once on Ctrl-C or SIGTERM, then exits: short-lived commands never leave PostgreSQL behind. */
export function stopOnSignals(stop: () => Promise<void>, exitCode = 130): void {
  let stopping = false
  const handler = () => {
    if (stopping) return
    stopping = true
    stop().finally(() => process.exit(exitCode))
  }
  process.once('SIGINT', handler)
  process.once('SIGTERM', handler)
}
