import { readdirSync, readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100 // USER_HZ on Linux

type Stat = { pid: number; ppid: number; seconds: number; childSeconds: number }

function stat(pid: string): Stat | null {
  try {
    // The command may hold spaces and parentheses: the fields start after the last ')'.
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number)
    return { pid: Number(pid), ppid: Number(fields[1]), seconds: (utime + stime) / TICKS_PER_SECOND, childSeconds: (cutime + cstime) / TICKS_PER_SECOND }
  } catch {
    return null
  }
}

/**
 * CPU seconds the PostgreSQL server listening on `port` has used so far: the postmaster, its live
 * backends and those that have exited. Linux only (/proc); null elsewhere or when not found.
 */
export function postgresCpuSeconds(port: number): number | null {
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return null
  }
  const postmaster = pids.find((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      return /postgres$/.test(args[0] ?? '') && args.includes(String(port))
    } catch {
      return false
    }
  })
  const main = postmaster ? stat(postmaster) : null
  if (!main) return null
  let seconds = main.seconds + main.childSeconds
  for (const pid of pids) {
    const child = stat(pid)
    if (child?.ppid === main.pid) seconds += child.seconds
  }
  return seconds
}
