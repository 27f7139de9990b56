/**
 * PostgreSQL stopped under a running site: cached pages go on being served, a page or API read
 * that needs the database answers 503 with Retry-After within the connection timeout, and when
 * PostgreSQL is back reads and writes work again without restarting the app. The database is a
 * server this test starts and stops itself (through DATABASE_URL), so nothing restarts it early.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { startEmbeddedPostgres, type RunningPostgres } from '@/lib/db/embeddedPostgres'
import { serverPorts } from '../helpers/ports'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { launch, stopLaunched, waitForHome } from './launch'

test.describe.configure({ timeout: 240_000 })

test.afterEach(stopLaunched)

test('with PostgreSQL stopped, cached pages are served and uncached reads answer 503 with Retry-After; once it is back, reads and writes work without a restart', async () => {
  // Two folders: the cluster's (made the postgres OS user's under root) and the site's.
  const [pgRoot, root] = [mkdtempSync(path.join(os.tmpdir(), 'scriptorium-db-down-pg-')), mkdtempSync(path.join(os.tmpdir(), 'scriptorium-db-down-'))]
  const [port, pgPort] = await serverPorts(2)
  const postgres = { dataDir: path.join(pgRoot, 'postgres'), port: pgPort, password: randomBytes(16).toString('hex') }
  let server: RunningPostgres | undefined = await startEmbeddedPostgres(postgres)
  const site = `http://localhost:${port}`
  try {
    await server.ensureDatabase('scriptorium')
    launch({ SCRIPTORIUM_DATA_DIR: path.join(root, 'data'), PORT: String(port), DATABASE_URL: server.urlFor('scriptorium'), DATABASE_CONNECT_TIMEOUT_MS: '2000' })
    await waitForHome(port)
    const owner = { name: 'Owner', email: 'owner@example.com', password: 'owner-password-0123456' }
    const registered = await fetch(`${site}/api/users/first-register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(owner) })
    const { token } = (await registered.json()) as { token: string }
    const publish = async (title: string) => {
      const response = await fetch(`${site}/api/posts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ title, content: lexicalDocument(paragraph(`${title}, in full.`)), _status: 'published' }),
      })
      expect(response.status).toBe(201)
      return ((await response.json()) as { doc: { id: number; slug: string } }).doc
    }
    const read = await publish('Read before the outage')
    const unread = await publish('Never read before the outage')
    for (const page of ['/', `/posts/${read.slug}`]) {
      await fetch(`${site}${page}`)
      const again = await fetch(`${site}${page}`)
      expect(again.headers.get('x-nextjs-cache'), page).toBe('HIT')
    }

    await server.stop()
    server = undefined

    for (const page of ['/', `/posts/${read.slug}`]) {
      const response = await fetch(`${site}${page}`)
      expect(response.status, page).toBe(200)
      expect(await response.text()).toContain('Read before the outage')
    }
    for (const address of [`/posts/${unread.slug}`, `/api/posts/${unread.id}?depth=0`]) {
      const asked = Date.now()
      const response = await fetch(`${site}${address}`)
      expect(response.status, address).toBe(503)
      expect(response.headers.get('retry-after'), address).toBe('5')
      expect(response.headers.get('cache-control'), address).toBe('no-store')
      // Within the connection timeout (2 s here), not a hang.
      expect(Date.now() - asked, address).toBeLessThan(10_000)
    }
    expect((await fetch(`${site}/api/health`)).status).toBe(503)

    server = await startEmbeddedPostgres(postgres)
    await expect.poll(async () => (await fetch(`${site}/posts/${unread.slug}`)).status, { timeout: 30_000, intervals: [500] }).toBe(200)
    expect(await (await fetch(`${site}/posts/${unread.slug}`)).text()).toContain('Never read before the outage, in full.')
    const after = await publish('Written after the outage')
    expect((await fetch(`${site}/posts/${after.slug}`)).status).toBe(200)
    expect((await fetch(`${site}/api/health`)).status).toBe(200)
  } finally {
    await stopLaunched()
    await server?.stop()
    for (const folder of [pgRoot, root]) rmSync(folder, { recursive: true, force: true })
  }
})
