import { ConfigError } from '@/lib/env'
import { PostgresAlreadyRunningError } from '@/lib/db/embeddedPostgres'
import { AlreadyRunningError } from '@/lib/runtime/processLock'
import { PortInUseError } from '@/lib/runtime/serveNext'
import { shutdown, shutdownOnSignals } from '@/lib/runtime/shutdown'

const EXPECTED = [ConfigError, AlreadyRunningError, PostgresAlreadyRunningError, PortInUseError]

type Options = {
  /** Exit status after Ctrl-C or SIGTERM: 0 for services that are stopped that way, 130 for one-off commands. */
  exitOnSignal?: number
}

/**
 * Runs a CLI entry point and ends it through the one shutdown path (lib/runtime/shutdown.ts): `main`
 * returns the exit status (a service returns when its server has stopped); known problems print
 * one clear line, anything else its stack.
 */
export async function runMain(main: () => Promise<number | void>, { exitOnSignal = 130 }: Options = {}): Promise<never> {
  shutdownOnSignals(exitOnSignal)
  let code = 0
  try {
    code = (await main()) ?? 0
  } catch (error) {
    if (EXPECTED.some((kind) => error instanceof kind)) console.error(`\nScriptorium cannot start: ${(error as Error).message}\n`)
    else console.error(error)
    code = 1
  }
  return shutdown(code)
}
