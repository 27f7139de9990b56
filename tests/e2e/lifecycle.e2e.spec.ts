/**
 * `npm start` as a user lives with it: stop with SIGTERM and start again and the content is still
 * there; a second start on the same data fails with a clear message; Postgres stops cleanly; a
 * crashed web server or PostgreSQL is started again; a stop after PostgreSQL died is clean.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import pg from 'pg'

import { serverPorts } from '../helpers/ports'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { launch, stopLaunched, waitForHome } from './launch'

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.afterEach(stopLaunched)

test('restart keeps the content; a second start is refused; SIGTERM stops Postgres cleanly', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-restart-'))
  const [port, pgPort] = await serverPorts(2)
  const pgPassword = randomBytes(16).toString('hex')
  const env = { SCRIPTORIUM_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_PASSWORD: pgPassword, DATABASE_URL: '' }
  const marker = `Kept across restarts ${Date.now()}`
  try {
    const first = launch(env)
    await waitForHome(port)

    const second = launch({ ...env, PORT: String((await serverPorts(1))[0]) })
    expect(await second.exited).toBe(1)
    expect(second.output()).toMatch(/already running/)

    const client = new pg.Client({ connectionString: `postgres://postgres:${pgPassword}@127.0.0.1:${pgPort}/scriptorium` })
    await client.connect()
    await client.query('UPDATE site SET tagline = $1', [marker])
    await client.end()

    first.process.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
    expect(existsSync(path.join(dataDir, 'scriptorium.pid'))).toBe(false)

    const again = launch(env)
    await waitForHome(port)
    const home = await (await fetch(`http://localhost:${port}/`)).text()
    expect(home).toContain(marker)
    expect(again.output()).not.toMatch(/Empty database/)
    again.process.kill('SIGINT')
    expect(await again.exited).toBe(0)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('PostgreSQL killed under the running site is started again: reads and writes work again without restarting the app, nothing acknowledged is lost', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-pg-killed-'))
  const [port, pgPort] = await serverPorts(2)
  const api = `http://localhost:${port}/api`
  try {
    const app = launch({ SCRIPTORIUM_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '' })
    await waitForHome(port)
    const owner = { name: 'Owner', email: 'owner@example.com', password: 'owner-password-0123456' }
    const registered = await fetch(`${api}/users/first-register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(owner) })
    const { token } = (await registered.json()) as { token: string }
    const headers = { 'content-type': 'application/json', Authorization: `JWT ${token}` }
    const publish = (title: string) => fetch(`${api}/posts`, { method: 'POST', headers, body: JSON.stringify({ title, content: lexicalDocument(paragraph(title)), _status: 'published' }) })
    const before = await publish('Saved before the crash')
    expect(before.status).toBe(201)
    const { doc } = (await before.json()) as { doc: { id: number } }

    const postmaster = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])
    process.kill(postmaster, 'SIGKILL')
    await expect.poll(() => app.output(), { timeout: 30_000 }).toMatch(/PostgreSQL stopped unexpectedly \(signal SIGKILL\); starting it again in 1 s \(attempt 1\)\./)
    await expect.poll(() => app.output(), { timeout: 60_000 }).toMatch(/PostgreSQL is running again\./)

    await expect.poll(async () => (await fetch(`${api}/posts/${doc.id}?depth=0`).catch(() => null))?.status ?? 0, { timeout: 30_000, intervals: [500] }).toBe(200)
    expect((await publish('Saved after the restart')).status).toBe(201)
    const titles = (await (await fetch(`${api}/posts?depth=0&limit=100&sort=createdAt`)).json()) as { docs: { title: string }[] }
    expect(titles.docs.map((post) => post.title)).toEqual(expect.arrayContaining(['Saved before the crash', 'Saved after the restart']))
    expect(app.process.exitCode).toBeNull()

    app.process.kill('SIGTERM')
    expect(await app.exited).toBe(0)
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('killed with SIGKILL (launcher, web server and PostgreSQL at once) in the middle of writes, the next start loses nothing that was acknowledged', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-killed-'))
  const [port, pgPort] = await serverPorts(2)
  const env = { SCRIPTORIUM_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '' }
  const api = `http://localhost:${port}/api`
  try {
    const app = launch(env, { group: true })
    await waitForHome(port)
    const owner = { name: 'Owner', email: 'owner@example.com', password: 'owner-password-0123456' }
    const { token } = (await (await fetch(`${api}/users/first-register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(owner) })).json()) as { token: string }
    const headers = { 'content-type': 'application/json', Authorization: `JWT ${token}` }

    // Writers keep publishing until the kill; every 201 is a promise that the post exists.
    const acknowledged: string[] = []
    let killed = false
    const writer = async (name: string) => {
      for (let turn = 0; !killed; turn++) {
        const title = `Acknowledged ${name} ${turn}`
        const response = await fetch(`${api}/posts`, { method: 'POST', headers, body: JSON.stringify({ title, content: lexicalDocument(paragraph(title)), _status: 'published' }) }).catch(() => null)
        if (response?.status === 201) acknowledged.push(title)
      }
    }
    const writers = [writer('a'), writer('b'), writer('c')]
    await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(15)
    process.kill(-app.process.pid!, 'SIGKILL')
    killed = true
    await Promise.all(writers)
    await app.exited

    const again = launch(env)
    await waitForHome(port).catch((error: Error) => {
      throw new Error(`${error.message}\nThe launcher after the kill said:\n${again.output()}`)
    })
    const titles = (await (await fetch(`${api}/posts?depth=0&limit=1000&select[title]=true`, { headers })).json()) as { docs: { title: string }[] }
    const kept = new Set(titles.docs.map((post) => post.title))
    expect(acknowledged.filter((title) => !kept.has(title))).toEqual([])
    again.process.kill('SIGTERM')
    expect(await again.exited).toBe(0)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})

/** The pids of a process's children (Linux). */
const childrenOf = (pid: number) =>
  readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number))
const commandOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
const postmasterOf = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])

test('a web server that crashes (SIGKILL) is started again by the launcher: the site serves and saves again, PostgreSQL untouched', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-web-killed-'))
  const [port, pgPort] = await serverPorts(2)
  const api = `http://localhost:${port}/api`
  try {
    const app = launch({ SCRIPTORIUM_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '' })
    await waitForHome(port)
    const postmaster = postmasterOf(dataDir)
    // `next start` names its process "next-server (v16…)"; the launcher's other child is PostgreSQL.
    const web = childrenOf(app.process.pid!).filter((pid) => /^next-server \(v/.test(commandOf(pid)))
    expect(web, childrenOf(app.process.pid!).map(commandOf).join('\n')).toHaveLength(1)
    process.kill(web[0], 'SIGKILL')
    await expect.poll(() => app.output(), { timeout: 30_000 }).toMatch(/The web server stopped unexpectedly \(signal SIGKILL\); starting it again in 1 s \(attempt 1\)\./)
    await expect.poll(() => app.output(), { timeout: 120_000 }).toMatch(/The web server is running again\./)

    expect((await fetch(`http://localhost:${port}/`)).status).toBe(200)
    const registered = await fetch(`${api}/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Owner', email: 'owner@example.com', password: 'owner-password-0123456' }),
    })
    expect(registered.status).toBe(200)
    expect(postmasterOf(dataDir)).toBe(postmaster)
    expect(app.process.exitCode).toBeNull()

    app.process.kill('SIGTERM')
    expect(await app.exited).toBe(0)
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
    expect(existsSync(path.join(dataDir, 'scriptorium.pid'))).toBe(false)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('stopped right after PostgreSQL died, the launcher exits cleanly at once, and the next start serves what was saved', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-stop-pg-dead-'))
  const [port, pgPort] = await serverPorts(2)
  const pgPassword = randomBytes(16).toString('hex')
  // A long first wait before PostgreSQL is started again, so the stop below surely comes during it.
  const env = { SCRIPTORIUM_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_PASSWORD: pgPassword, DATABASE_URL: '', SCRIPTORIUM_RESTART_DELAY_MS: '30000' }
  const marker = `Saved before PostgreSQL died ${Date.now()}`
  try {
    const app = launch(env)
    await waitForHome(port)
    const client = new pg.Client({ connectionString: `postgres://postgres:${pgPassword}@127.0.0.1:${pgPort}/scriptorium` })
    await client.connect()
    await client.query('UPDATE site SET tagline = $1', [marker])
    await client.end()

    // Stopped within the watchdog's wait: PostgreSQL is down and not yet started again.
    process.kill(postmasterOf(dataDir), 'SIGKILL')
    await expect.poll(() => app.output(), { timeout: 30_000 }).toMatch(/PostgreSQL stopped unexpectedly \(signal SIGKILL\); starting it again in 30 s/)
    const stoppedAt = Date.now()
    app.process.kill('SIGTERM')
    expect(await app.exited).toBe(0)
    expect(Date.now() - stoppedAt).toBeLessThan(15_000)
    expect(app.output()).not.toMatch(/PostgreSQL is running again/)
    expect(existsSync(path.join(dataDir, 'scriptorium.pid'))).toBe(false)

    const again = launch(env)
    await waitForHome(port).catch((error: Error) => {
      throw new Error(`${error.message}\nThe next start said:\n${again.output()}`)
    })
    expect(await (await fetch(`http://localhost:${port}/`)).text()).toContain(marker)
    again.process.kill('SIGTERM')
    expect(await again.exited).toBe(0)
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('in production the launcher refuses a missing or short PAYLOAD_SECRET, saying how to fix it', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-secret-'))
  try {
    const run = launch({ NODE_ENV: 'production', PAYLOAD_SECRET: 'too-short', SCRIPTORIUM_DATA_DIR: dataDir, PORT: String((await serverPorts(1))[0]) })
    expect(await run.exited).toBe(1)
    expect(run.output()).toMatch(/PAYLOAD_SECRET must be at least 32 characters/)
    expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('a fresh install cannot be taken by a race for the first user: two registrations at once make one admin, the other is refused', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-first-user-'))
  const [port, pgPort] = await serverPorts(2)
  try {
    launch({ SCRIPTORIUM_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '' })
    await waitForHome(port)
    const register = (who: string) =>
      fetch(`http://localhost:${port}/api/users/first-register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: who, email: `${who}@example.com`, password: `${who}-password-0123456` }),
      })
    const answers = await Promise.all([register('owner'), register('intruder')])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 403])
    const winner = answers[0].status === 200 ? 'owner' : 'intruder'
    const login = await fetch(`http://localhost:${port}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${winner}@example.com`, password: `${winner}-password-0123456` }),
    })
    const { token } = (await login.json()) as { token: string }
    const users = (await (await fetch(`http://localhost:${port}/api/users?depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: { email: string; role: string }[] }
    expect(users.docs.map(({ email, role }) => ({ email, role }))).toEqual([{ email: `${winner}@example.com`, role: 'admin' }])
  } finally {
    await stopLaunched()
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('served over HTTPS (SERVER_URL), the login cookie is Secure, HttpOnly and SameSite=Lax', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-secure-cookie-'))
  const [port, pgPort] = await serverPorts(2)
  try {
    launch({ SCRIPTORIUM_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '', SERVER_URL: 'https://blog.example.org' })
    await waitForHome(port)
    const registered = await fetch(`http://localhost:${port}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Owner', email: 'owner@example.com', password: 'owner-password-0123456' }),
    })
    expect(registered.status).toBe(200)
    const login = await fetch(`http://localhost:${port}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@example.com', password: 'owner-password-0123456' }),
    })
    const cookie = login.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    expect(cookie!.split(/;\s*/).slice(1).map((part) => part.split('=')[0].toLowerCase()).sort()).toEqual(expect.arrayContaining(['httponly', 'samesite', 'secure']))
    expect(cookie).toMatch(/SameSite=Lax/i)
  } finally {
    await stopLaunched()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
