import path from 'node:path'

import { embeddedDatabaseUrl } from '@/lib/db/embeddedPostgres'
import { livePostmasterPid } from '@/lib/db/livePostmaster'
import { ConfigError, dataDir, embeddedPostgresPassword, embeddedPostgresPort } from '@/lib/env'

import { acquireProcessLock } from './processLock'
import { onShutdown } from './shutdown'
import { withDatabase } from './withDatabase'

export const SITE_DATABASE = 'scriptorium'

type Options = {
  /** The command replaces content (a restore): refuse while the site runs on the embedded server. */
  exclusive: boolean
}

/**
 * The database a maintenance command (backup, restore) works on: DATABASE_URL when set; else the
 * embedded server — the one `npm start` is running, or started for the command and stopped after.
 */
export async function commandDatabase({ exclusive }: Options): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL
  const running = await livePostmasterPid(path.join(dataDir(), 'postgres'))
  if (running) {
    if (exclusive) {
      throw new ConfigError(`The site's embedded PostgreSQL is running (pid ${running}): stop \`npm start\` first, then run this again.`)
    }
    return embeddedDatabaseUrl(embeddedPostgresPort(), embeddedPostgresPassword(), SITE_DATABASE)
  }
  onShutdown(acquireProcessLock(dataDir(), 'scriptorium').release)
  const db = await withDatabase({ database: SITE_DATABASE })
  onShutdown(db.stop)
  return db.url
}
