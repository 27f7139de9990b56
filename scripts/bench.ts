/**
 * npm run bench: starts the app as `npm start` does, on a throwaway data directory with the demo
 * content, and measures what readers and authors wait for:
 *  - response times (median, p95) of the home page, a script, search, a feed, a source page;
 *  - publish-to-visible: from the API answering a publish to the home page listing the post, and
 *    from an edit to the post's cached page showing it.
 * Prints a table; never part of `npm test` (timings are not pass/fail).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '@/lib/runtime/withDatabase'

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40)
const ADMIN = { email: 'bench@example.com', password: 'bench-password-0123456789', name: 'Bench' }

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-bench-'))
const port = await freePort()
const base = `http://localhost:${port}`
const env: NodeJS.ProcessEnv = { ...process.env, SCRIPTORIUM_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), YOUTUBE_THUMBNAIL_BASE_URL: 'off' }
delete env.DATABASE_URL
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] })

const stop = () => {
  server.kill('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}

async function waitForServer() {
  for (let attempt = 0; attempt < 900; attempt++) {
    try {
      if ((await fetch(`${base}/api/globals/site`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`The app did not answer on ${base} within 15 minutes`)
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function timeRequests(url: string): Promise<{ median: number; p95: number }> {
  await fetch(url) // warm-up
  const times: number[] = []
  for (let index = 0; index < REQUESTS; index++) {
    const started = performance.now()
    const response = await fetch(url)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { median: percentile(times, 50), p95: percentile(times, 95) }
}

async function publishToVisible(): Promise<{ home: number; post: number }> {
  await fetch(`${base}/api/users/first-register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) })
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) })
  const { token } = (await login.json()) as { token: string }
  const title = `Bench post ${Date.now()}`
  const content = { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: 'Benchmark.', format: 0, style: '', mode: 'normal', detail: 0 }] }] } }
  const response = await fetch(`${base}/api/posts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ title, content, _status: 'published' }),
  })
  if (response.status !== 201) throw new Error(`Publishing answered ${response.status}`)
  const published = performance.now()
  const { doc } = (await response.json()) as { doc: { id: number; slug: string } }
  const home = await waitFor(`${base}/`, title, published)
  // The post's own page is cached: warm it, edit the title, and time until the edit shows.
  await fetch(`${base}/posts/${doc.slug}`)
  await fetch(`${base}/posts/${doc.slug}`)
  const edited = `${title} (edited)`
  await fetch(`${base}/api/posts/${doc.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: JSON.stringify({ title: edited }) })
  const editedAt = performance.now()
  return { home, post: await waitFor(`${base}/posts/${doc.slug}`, edited, editedAt) }
}

async function waitFor(url: string, text: string, since: number): Promise<number> {
  for (;;) {
    if ((await (await fetch(url)).text()).includes(text)) return performance.now() - since
    if (performance.now() - since > 30_000) throw new Error(`${url} did not show "${text}" within 30 s`)
  }
}

try {
  await waitForServer()
  const pages: [string, string][] = [
    ['home', '/'],
    ['script', '/posts/this-will-kill-that-how-print-frightened-the-scribes'],
    ['search', '/search?q=printing'],
    ['RSS feed', '/feed.xml'],
    ['source page', '/sources/novum-organum'],
  ]
  console.log(`\n${REQUESTS} sequential requests each, after one warm-up:\n`)
  console.log('page           median ms   p95 ms')
  for (const [name, pagePath] of pages) {
    const { median, p95 } = await timeRequests(`${base}${pagePath}`)
    console.log(`${name.padEnd(14)} ${median.toFixed(1).padStart(9)} ${p95.toFixed(1).padStart(8)}`)
  }
  const visible = await publishToVisible()
  console.log(`\npublish-to-visible on the home page: ${visible.home.toFixed(0)} ms`)
  console.log(`edit-to-visible on the (cached) post page: ${visible.post.toFixed(0)} ms`)
} finally {
  stop()
}
