import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { ConfigError } from '@/lib/env'

const run = promisify(execFile)

export type PostgresTool = 'pg_dump' | 'pg_restore' | 'psql'

const DEBIAN_VERSIONS_DIR = '/usr/lib/postgresql'

/**
 * Where the client tools are: PG_BIN_DIR when set; else the newest Debian-installed major
 * (/usr/lib/postgresql/<major>/bin, where `apt-get install postgresql-client` puts them); else PATH.
 */
export function postgresToolPath(tool: PostgresTool): string {
  const binDir = process.env.PG_BIN_DIR
  if (binDir) return path.join(binDir, tool)
  if (existsSync(DEBIAN_VERSIONS_DIR)) {
    const majors = readdirSync(DEBIAN_VERSIONS_DIR)
      .map(Number)
      .filter((major) => Number.isInteger(major) && existsSync(path.join(DEBIAN_VERSIONS_DIR, String(major), 'bin', tool)))
      .sort((a, b) => b - a)
    if (majors.length) return path.join(DEBIAN_VERSIONS_DIR, String(majors[0]), 'bin', tool)
  }
  return tool
}

/** The tool's major version ("pg_dump (PostgreSQL) 15.18 (Debian …)" → 15), or a clear error when it is not installed. */
export async function postgresToolMajor(tool: PostgresTool): Promise<number> {
  const file = postgresToolPath(tool)
  let stdout: string
  try {
    ;({ stdout } = await run(file, ['--version']))
  } catch (error) {
    throw new ConfigError(
      `${tool} is needed and was not found (${file}: ${(error as Error).message}). Install PostgreSQL's client tools ` +
        "(Debian: `apt-get install postgresql-client`) or set PG_BIN_DIR to the folder that holds them.",
    )
  }
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout)
  if (!match) throw new Error(`Could not read the version ${file} printed: ${stdout.trim()}`)
  return Number(match[1])
}

/** pg_dump refuses a server newer than itself; say so before it runs, with what to install. */
export async function assertToolCanServe(tool: PostgresTool, serverMajor: number): Promise<void> {
  const major = await postgresToolMajor(tool)
  if (major < serverMajor) {
    throw new ConfigError(
      `${tool} ${major} (${postgresToolPath(tool)}) cannot work with PostgreSQL ${serverMajor}: install the client tools of ` +
        `version ${serverMajor} or newer and set PG_BIN_DIR to their folder (README.md, "Backups").`,
    )
  }
}
