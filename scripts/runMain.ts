import { ConfigError } from '@/lib/env'
import { PostgresAlreadyRunningError } from '@/lib/db/embeddedPostgres'
import { AlreadyRunningError } from '@/lib/runtime/processLock'
import { PortInUseError } from '@/lib/runtime/serveNext'

const EXPECTED = [ConfigError, AlreadyRunningError, PostgresAlreadyRunningError, PortInUseError]

/** Runs a CLI entry point: known problems print one clear line; anything else prints its stack. */
export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (error) {
    if (EXPECTED.some((kind) => error instanceof kind)) console.error(`\nScriptorium cannot start: ${(error as Error).message}\n`)
    else console.error(error)
    process.exit(1)
  }
}
