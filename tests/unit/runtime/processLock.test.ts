import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { acquireProcessLock, AlreadyRunningError } from '@/lib/runtime/processLock'

describe('acquireProcessLock', () => {
  it('refuses a second holder while the first process lives, with a clear message', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-lock-'))
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    try {
      writeFileSync(path.join(dir, 'scriptorium.pid'), String(other.pid))
      expect(() => acquireProcessLock(dir, 'scriptorium')).toThrow(AlreadyRunningError)
      expect(() => acquireProcessLock(dir, 'scriptorium')).toThrow(/already running.*Stop it first/)
    } finally {
      other.kill()
    }
  })

  it('takes over a lock left by a process that no longer exists, and releases it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-lock-'))
    const gone = spawn(process.execPath, ['-e', '0'])
    await new Promise((resolve) => gone.on('exit', resolve))
    writeFileSync(path.join(dir, 'scriptorium.pid'), String(gone.pid))
    const lock = acquireProcessLock(dir, 'scriptorium')
    expect(existsSync(path.join(dir, 'scriptorium.pid'))).toBe(true)
    lock.release()
    expect(existsSync(path.join(dir, 'scriptorium.pid'))).toBe(false)
  })
})
