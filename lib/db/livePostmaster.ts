import { existsSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

/** What /proc says of a process: gone (or a zombie, dead but not yet reaped), alive with its command line, or unknown (no /proc). */
function procState(pid: number): 'dead' | { cmdline: string } | 'unknown' {
  if (!existsSync('/proc/self/stat')) return 'unknown'
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The state follows the command name in parentheses, which may itself contain spaces and parentheses.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
    if (state === 'Z' || state === 'X') return 'dead'
    return { cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ') }
  } catch {
    return 'dead'
  }
}

/**
 * The pid of a PostgreSQL still running on `dataDir`, from its postmaster.pid, or null when the
 * file is left over from a server that died (killed with the launcher by SIGKILL, a crash, a power
 * cut): then PostgreSQL itself replaces the file and recovers the data on start. A pid counts only
 * if that process is alive, not a zombie, and (where /proc tells) a postgres on this very folder,
 * since a pid left in the file may have been given to another process since.
 */
export async function livePostmasterPid(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0) return null
  try {
    process.kill(pid, 0)
  } catch {
    return null
  }
  const state = procState(pid)
  if (state === 'dead') return null
  if (state !== 'unknown' && !(state.cmdline.includes('postgres') && state.cmdline.includes(path.resolve(dataDir)))) return null
  return pid
}

/**
 * Removes a postmaster.pid that livePostmasterPid found stale. PostgreSQL removes its own stale
 * file only when the pid in it is gone altogether: a postgres killed with the launcher stays a
 * zombie until something reaps it (for ever where PID 1 never does, as in many containers), and
 * PostgreSQL then refuses to start ("lock file already exists"). Returns the pid the file named.
 */
export async function removeStalePostmasterPid(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile) || (await livePostmasterPid(dataDir)) !== null) return null
  const pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0])
  await fs.rm(pidFile, { force: true })
  return Number.isInteger(pid) ? pid : null
}
