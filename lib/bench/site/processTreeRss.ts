import { readdirSync, readFileSync } from 'node:fs'

/** Resident memory (MB) of a process and all its descendants, from /proc; null where there is no /proc. */
export function processTreeRssMB(rootPid: number): number | null {
  try {
    const parents = new Map<number, number>()
    const rss = new Map<number, number>()
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      try {
        const status = readFileSync(`/proc/${entry}/status`, 'utf8')
        parents.set(Number(entry), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0))
        rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0))
      } catch {
        // the process ended while being read
      }
    }
    const tree = new Set([rootPid])
    for (let grew = true; grew; ) {
      grew = false
      for (const [pid, parent] of parents) {
        if (tree.has(parent) && !tree.has(pid)) {
          tree.add(pid)
          grew = true
        }
      }
    }
    return Math.round([...tree].reduce((total, pid) => total + (rss.get(pid) ?? 0), 0) / 1024)
  } catch {
    return null
  }
}
