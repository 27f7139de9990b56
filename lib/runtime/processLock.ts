import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export class AlreadyRunningError extends Error {}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** One server per data directory: a second `npm start` stops with a message instead of sharing the database files. */
export function acquireProcessLock(dir: string, name: string): { release: () => void } {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.pid`)
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8').trim())
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new AlreadyRunningError(
        `Scriptorium is already running from ${dir} (pid ${pid}). Stop it first (Ctrl-C in its terminal, or kill ${pid}), ` +
          'or give this one its own data directory with SCRIPTORIUM_DATA_DIR.',
      )
    }
  }
  writeFileSync(file, String(process.pid))
  const release = () => {
    if (existsSync(file) && readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file)
  }
  return { release }
}
