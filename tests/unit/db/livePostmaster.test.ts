import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { livePostmasterPid, removeStalePostmasterPid } from '@/lib/db/livePostmaster'

const children: ChildProcess[] = []
afterEach(() => children.splice(0).forEach((child) => child.kill('SIGKILL')))

/** A data folder whose postmaster.pid names `pid`, as PostgreSQL writes it (pid, then the folder). */
function dataDirNaming(pid: number): string {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-postmaster-'))
  writeFileSync(path.join(dataDir, 'postmaster.pid'), `${pid}\n${dataDir}\n1733000000\n54329\n`)
  return dataDir
}

/** A long-lived process whose command line reads like PostgreSQL's: `postgres -D <dataDir>`. */
function fakePostmaster(dataDir: string): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30_000)', 'postgres', '-D', dataDir], { stdio: 'ignore' })
  children.push(child)
  return child.pid!
}

describe('livePostmasterPid', () => {
  it('is the pid of a postgres running on this very folder', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-postmaster-'))
    const pid = fakePostmaster(dataDir)
    writeFileSync(path.join(dataDir, 'postmaster.pid'), `${pid}\n${dataDir}\n`)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await livePostmasterPid(dataDir)).toBe(pid)
  })

  it('is null for a pid that no process has', async () => {
    const exited = spawn(process.execPath, ['-e', '0'])
    await new Promise((resolve) => exited.once('exit', resolve))
    expect(await livePostmasterPid(dataDirNaming(exited.pid!))).toBeNull()
  })

  it('is null for a pid now given to another process (this test runner), or to a postgres on another folder', async () => {
    expect(await livePostmasterPid(dataDirNaming(process.pid))).toBeNull()
    const elsewhere = fakePostmaster(mkdtempSync(path.join(os.tmpdir(), 'scriptorium-other-')))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await livePostmasterPid(dataDirNaming(elsewhere))).toBeNull()
  })

  it.runIf(process.platform === 'linux')('is null for a killed postgres not yet reaped (a zombie), as after the launcher was killed with it', async () => {
    // A short sleep in the background ends after its shell has become `sleep 30` (exec), which never reaps it.
    const holder = spawn('sh', ['-c', 'sleep 0.3 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] })
    children.push(holder)
    const zombie = Number(await new Promise<string>((resolve) => holder.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))))
    const state = () => execFileSync('ps', ['-o', 'stat=', '-p', String(zombie)], { encoding: 'utf8' }).trim()
    await expect.poll(state, { timeout: 5_000, interval: 100 }).toMatch(/^Z/)
    expect(await livePostmasterPid(dataDirNaming(zombie))).toBeNull()
  })
})

describe('removeStalePostmasterPid', () => {
  it('removes the lock file of a postgres that is gone, and keeps that of one still running', async () => {
    const exited = spawn(process.execPath, ['-e', '0'])
    await new Promise((resolve) => exited.once('exit', resolve))
    const stale = dataDirNaming(exited.pid!)
    expect(await removeStalePostmasterPid(stale)).toBe(exited.pid)
    expect(existsSync(path.join(stale, 'postmaster.pid'))).toBe(false)

    const running = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-postmaster-'))
    const pid = fakePostmaster(running)
    writeFileSync(path.join(running, 'postmaster.pid'), `${pid}\n${running}\n`)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await removeStalePostmasterPid(running)).toBeNull()
    expect(existsSync(path.join(running, 'postmaster.pid'))).toBe(true)
  })
})
