/**
 * The admin's WordPress import through the real REST endpoints (Payload's handleEndpoints, as the
 * Next route calls it) and the jobs API, on a real PostgreSQL: upload → dry run as a job on its
 * own queue → confirm → import, progress written while the import's transaction is open, refusals
 * with reasons, and runs left "running" by a process that is gone marked failed.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { IMPORT_QUEUE } from '@/lib/import/wordpress/importQueue'
import { runInProgress } from '@/lib/import/wordpress/runProcess'
import { failStaleRuns } from '@/lib/import/wordpress/staleRuns'
import { uploadedExportPath, uploadedExportsDir } from '@/lib/import/wordpress/uploadedExports'
import type { ImportRun } from '@/payload-types'

import { removeImportedData } from './importedData'
import { testPayload, unique } from './payload'

let payload: Payload
let config: Awaited<typeof import('@/payload.config')>['default']
let adminToken: string
let editorToken: string
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/wordpress')
const ESSAYS = path.join(FIXTURES, 'essay-export.xml')
const ROLLBACK = path.join(FIXTURES, 'rollback-export.xml')

async function login(role: 'admin' | 'editor') {
  const email = `${unique(`import-${role}`)}@example.com`
  await payload.create({ collection: 'users', data: { name: `Import ${role}`, email, password: 'correct-horse-battery', role }, overrideAccess: true })
  return (await payload.login({ collection: 'users', data: { email, password: 'correct-horse-battery' } })).token!
}

beforeAll(async () => {
  payload = await testPayload()
  config = (await import('@/payload.config')).default
  // Uploaded exports go under the data directory: a fresh one, so what is left there can be checked.
  process.env.SCRIPTORIUM_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-import-data-'))
  adminToken = await login('admin')
  editorToken = await login('editor')
})

async function cleanUp() {
  await removeImportedData(payload)
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { in: ['importWordPress', 'schedulePublish'] } }, overrideAccess: true })
  rmSync(uploadedExportsDir(), { recursive: true, force: true })
}
beforeEach(cleanUp)
afterAll(cleanUp)

/** A request to the REST API as the Next route hands it to Payload. */
function api(route: string, { token, body, headers = {} }: { token?: string; body?: BodyInit; headers?: Record<string, string> } = {}) {
  const request = new Request(`http://localhost/api${route}`, { method: 'POST', body, headers: { ...headers, ...(token ? { Authorization: `JWT ${token}` } : {}) } })
  return handleEndpoints({ config, request })
}

function exportForm(file: string, fields: Record<string, string> = { fetchMedia: 'false' }, name = path.basename(file)) {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  form.append('file', new Blob([readFileSync(file)], { type: 'text/xml' }), name)
  return form
}

const reason = async (response: Response) => ((await response.json()) as { errors: { message: string }[] }).errors[0].message
const runById = (id: number) => payload.findByID({ collection: 'import-runs', id, depth: 0, overrideAccess: true })

/** Reads the run (on a connection of its own) until it is no longer running; the progress lines seen on the way. */
async function followRun(id: number, every = 50): Promise<{ run: ImportRun; progress: string[] }> {
  const progress: string[] = []
  const deadline = Date.now() + 120_000
  for (;;) {
    const run = await runById(id)
    if (run.status !== 'running') return { run, progress }
    if (run.progress && progress.at(-1) !== run.progress) progress.push(run.progress)
    if (Date.now() > deadline) throw new Error(`import run ${id} still running after 2 minutes (last progress: ${run.progress})`)
    await new Promise((resolve) => setTimeout(resolve, every))
  }
}

const byWordPressId = async (id: string) => (await payload.find({ collection: 'posts', where: { wordpressId: { equals: id } }, draft: true, depth: 0, overrideAccess: true })).docs[0]

describe('an admin imports an export: upload, dry run, confirm', () => {
  it('runs the dry run as a job, keeps its report, then imports the same file for real and removes it', async () => {
    const uploaded = await api('/import-runs/upload', { token: adminToken, body: exportForm(ESSAYS) })
    expect(uploaded.status).toBe(201)
    const dryRunId = ((await uploaded.json()) as { doc: ImportRun }).doc.id

    const dry = (await followRun(dryRunId)).run
    expect(dry).toMatchObject({ status: 'dry-run', file: 'essay-export.xml', fetchMedia: false, overwrite: false })
    expect(dry.summary!.split('\n').slice(0, 5)).toEqual([
      'Dry run (nothing was written): essay-export.xml',
      '',
      'type          created  updated  skipped',
      'posts               3        0        0',
      'pages               1        0        0',
    ])
    expect(dry.runner).toMatchObject({ host: os.hostname(), pid: process.pid })
    expect(await byWordPressId('10@essays.example.com')).toBeUndefined()
    // Kept for the confirmed import.
    expect(existsSync(uploadedExportPath(dry.upload!))).toBe(true)

    const confirmed = await api(`/import-runs/${dryRunId}/confirm`, { token: adminToken })
    expect(confirmed.status).toBe(201)
    const importId = ((await confirmed.json()) as { doc: ImportRun }).doc.id
    const done = (await followRun(importId)).run
    expect(done).toMatchObject({ status: 'succeeded', file: 'essay-export.xml', dryRunOf: dryRunId, error: null })
    expect(done.summary!.split('\n')[0]).toBe('Imported: essay-export.xml')
    expect(done.summary).toContain('posts               3        0        0')
    expect((await byWordPressId('10@essays.example.com'))?.title).toBe('How Print Frightened the Scribes')
    // The upload is removed once the real import has ended (right after its run records the end).
    await expect.poll(() => readdirSync(uploadedExportsDir())).toEqual([])

    const again = await api(`/import-runs/${dryRunId}/confirm`, { token: adminToken })
    expect(again.status).toBe(409)
    expect(await reason(again)).toBe(`This dry run was confirmed already: import run ${importId} (succeeded). Upload the export again for another import.`)
  })

  it('keeps only the newest dry run’s upload: an earlier one can no longer be confirmed', async () => {
    const first = (await followRun(((await (await api('/import-runs/upload', { token: adminToken, body: exportForm(ESSAYS) })).json()) as { doc: ImportRun }).doc.id)).run
    const second = (await followRun(((await (await api('/import-runs/upload', { token: adminToken, body: exportForm(ESSAYS) })).json()) as { doc: ImportRun }).doc.id)).run
    expect([first.status, second.status]).toEqual(['dry-run', 'dry-run'])
    expect(existsSync(uploadedExportPath(first.upload!))).toBe(false)
    expect(existsSync(uploadedExportPath(second.upload!))).toBe(true)
    const stale = await api(`/import-runs/${first.id}/confirm`, { token: adminToken })
    expect(stale.status).toBe(409)
    expect(await reason(stale)).toBe('The uploaded essay-export.xml is no longer on the server; upload it again.')
  })

  it('writes progress lines the admin can read while the import’s transaction is still open', async () => {
    const posts = Array.from({ length: 60 }, (_, index) => {
      const id = 7000 + index
      const text = Array.from({ length: 20 }, (__, paragraph) => `Paragraph ${paragraph + 1} of progress script ${id}.`).join('\n\n')
      return `<item><title>Progress script ${id}</title><wp:post_id>${id}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>progress-${id}</wp:post_name><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt><content:encoded><![CDATA[${text}]]></content:encoded></item>`
    })
    const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Progress</title><link>https://progress.example.com</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://progress.example.com</wp:base_blog_url>${posts.join('')}</channel></rss>`
    const form = new FormData()
    form.append('file', new Blob([xml], { type: 'text/xml' }), 'progress-export.xml')
    // Each post takes at least 40 ms to write, so the run lasts a few seconds however fast the
    // import itself is, and several progress lines (at most one per 500 ms) fall within it.
    await payload.db.drizzle.execute(sql`CREATE FUNCTION slow_post_insert() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(0.04); RETURN NEW; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER slow_post_insert BEFORE INSERT ON posts FOR EACH ROW EXECUTE FUNCTION slow_post_insert()`)
    let followed: Awaited<ReturnType<typeof followRun>>
    try {
      const uploaded = await api('/import-runs/upload', { token: adminToken, body: form })
      expect(uploaded.status).toBe(201)
      followed = await followRun(((await uploaded.json()) as { doc: ImportRun }).doc.id)
    } finally {
      await payload.db.drizzle.execute(sql`DROP TRIGGER slow_post_insert ON posts; DROP FUNCTION slow_post_insert()`)
    }
    const { run, progress } = followed
    expect(run.status).toBe('dry-run')
    // Seen from another connection while the run was still running (inside its transaction).
    expect(progress.filter((line) => /^Post \d+ of 60: Progress script \d+$/.test(line)).length).toBeGreaterThanOrEqual(2)
    // The last line is always written.
    expect(run.progress).toBe('Redirects from the old addresses…')
  })

  it('removes the upload when the real import fails, and the failed run says why; nothing is written', async () => {
    const uploaded = await api('/import-runs/upload', { token: adminToken, body: exportForm(ROLLBACK) })
    const dry = (await followRun(((await uploaded.json()) as { doc: ImportRun }).doc.id)).run
    expect(dry.status).toBe('dry-run')
    // The database refuses the second page, as in importWordPress.int.spec.ts.
    await payload.db.drizzle.execute(sql`CREATE FUNCTION refuse_second_page() RETURNS trigger AS $$ BEGIN IF NEW.slug = 'rollback-second' THEN RAISE EXCEPTION 'the second page is refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_second_page BEFORE INSERT ON pages FOR EACH ROW EXECUTE FUNCTION refuse_second_page()`)
    try {
      const confirmed = await api(`/import-runs/${dry.id}/confirm`, { token: adminToken })
      expect(confirmed.status).toBe(201)
      const failed = (await followRun(((await confirmed.json()) as { doc: ImportRun }).doc.id)).run
      expect(failed.status).toBe('failed')
      expect(failed.error).toMatch(/^WordPress page 9002 \(“Second page”\) could not be saved: /)
    } finally {
      await payload.db.drizzle.execute(sql`DROP TRIGGER refuse_second_page ON pages; DROP FUNCTION refuse_second_page()`)
    }
    await expect.poll(() => existsSync(uploadedExportPath(dry.upload!))).toBe(false)
    expect((await payload.find({ collection: 'pages', where: { slug: { equals: 'rollback-first' } }, draft: true, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('the importWordPress task through Payload’s jobs API', () => {
  it('runs on its own queue (the minute cron’s default queue leaves it alone) and records its run', async () => {
    const stored = `${unique('jobs-api')}/essay-export.xml`
    mkdirSync(path.dirname(uploadedExportPath(stored)), { recursive: true })
    copyFileSync(ESSAYS, uploadedExportPath(stored))
    const run = await payload.create({ collection: 'import-runs', data: { file: 'essay-export.xml', status: 'running', upload: stored, fetchMedia: false, overwrite: false, startedAt: new Date().toISOString() }, overrideAccess: true })
    const job = await payload.jobs.queue({ task: 'importWordPress', queue: IMPORT_QUEUE, input: { runId: run.id, dryRun: true, overwrite: false, fetchMedia: false } })

    await payload.jobs.run()
    expect((await runById(run.id)).status).toBe('running')
    expect((await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })).processing).toBe(false)

    await payload.jobs.run({ queue: IMPORT_QUEUE })
    const done = await runById(run.id)
    expect(done.status).toBe('dry-run')
    expect(done.summary).toContain('posts               3        0        0')
    expect(done.progress).toBe('Redirects from the old addresses…')
    // A dry run keeps the upload for its confirmation.
    expect(existsSync(uploadedExportPath(stored))).toBe(true)
  })
})

describe('what the endpoints refuse', () => {
  it('refuses visitors (401) and editors (403), on upload and on confirm', async () => {
    const anonymous = await api('/import-runs/upload', { body: exportForm(ESSAYS) })
    expect(anonymous.status).toBe(401)
    expect(await reason(anonymous)).toBe('Log in as an admin to import from WordPress.')
    const editor = await api('/import-runs/upload', { token: editorToken, body: exportForm(ESSAYS) })
    expect(editor.status).toBe(403)
    expect(await reason(editor)).toBe('Only admins can import from WordPress.')
    const dryRun = await payload.create({ collection: 'import-runs', data: { file: 'essay-export.xml', status: 'dry-run' }, overrideAccess: true })
    expect((await api(`/import-runs/${dryRun.id}/confirm`)).status).toBe(401)
    expect((await api(`/import-runs/${dryRun.id}/confirm`, { token: editorToken })).status).toBe(403)
    expect((await payload.find({ collection: 'import-runs', overrideAccess: true })).totalDocs).toBe(1)
    expect(existsSync(uploadedExportsDir()) ? readdirSync(uploadedExportsDir()) : []).toEqual([])
  })

  it('refuses a file that is not a WordPress export, a form without a file and a body that is not a form, with the reason, and writes nothing', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'not-wxr-'))
    const html = path.join(folder, 'page.html')
    writeFileSync(html, '<html><head><title>My blog</title></head><body>Not an export</body></html>')
    const notWxr = await api('/import-runs/upload', { token: adminToken, body: exportForm(html) })
    expect(notWxr.status).toBe(400)
    expect(await reason(notWxr)).toBe('page.html is not a WordPress export: its root element is <html>, not <rss>. (line 1, column 6)')

    const noFile = new FormData()
    noFile.append('fetchMedia', 'false')
    const empty = await api('/import-runs/upload', { token: adminToken, body: noFile })
    expect(empty.status).toBe(400)
    expect(await reason(empty)).toBe('Choose a WordPress export (.xml) to upload: the form had no file.')

    const json = await api('/import-runs/upload', { token: adminToken, body: JSON.stringify({ file: 'export.xml' }), headers: { 'Content-Type': 'application/json' } })
    expect(json.status).toBe(400)
    expect(await reason(json)).toBe('Send the export as a file in a multipart/form-data form (field "file").')

    expect((await payload.find({ collection: 'import-runs', overrideAccess: true })).totalDocs).toBe(0)
    expect((await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'importWordPress' } }, overrideAccess: true })).totalDocs).toBe(0)
    expect(existsSync(uploadedExportsDir()) ? readdirSync(uploadedExportsDir()) : []).toEqual([])
  })

  it('refuses to confirm a dry run that is running or failed, and any start while another import runs (409)', async () => {
    const stored = `${unique('busy')}/essay-export.xml`
    mkdirSync(path.dirname(uploadedExportPath(stored)), { recursive: true })
    copyFileSync(ESSAYS, uploadedExportPath(stored))
    const dryRun = await payload.create({ collection: 'import-runs', data: { file: 'essay-export.xml', status: 'dry-run', upload: stored, fetchMedia: false }, overrideAccess: true })
    const failedDryRun = await payload.create({ collection: 'import-runs', data: { file: 'broken.xml', status: 'failed', error: 'broken.xml is not well-formed XML: unclosed tag: channel (line 9, column 1)', upload: stored }, overrideAccess: true })
    // Another import, under way in this very process.
    const now = new Date().toISOString()
    const running = await payload.create({ collection: 'import-runs', data: { file: 'other-blog.xml', status: 'running', startedAt: now, runner: { host: os.hostname(), pid: process.pid, heartbeatAt: now } }, overrideAccess: true })
    runInProgress.add(running.id)
    try {
      const busy = await api(`/import-runs/${dryRun.id}/confirm`, { token: adminToken })
      expect(busy.status).toBe(409)
      expect(await reason(busy)).toBe(`Another import is running (other-blog.xml, import run ${running.id}, since ${running.startedAt}); wait until it has finished.`)
      const busyUpload = await api('/import-runs/upload', { token: adminToken, body: exportForm(ESSAYS) })
      expect(busyUpload.status).toBe(409)
      const stillDry = await api(`/import-runs/${running.id}/confirm`, { token: adminToken })
      expect(stillDry.status).toBe(409)
      expect(await reason(stillDry)).toBe('The dry run of other-blog.xml has not finished yet; confirm it once its report is there.')
      const failed = await api(`/import-runs/${failedDryRun.id}/confirm`, { token: adminToken })
      expect(failed.status).toBe(409)
      expect(await reason(failed)).toBe('The dry run of broken.xml failed, so there is nothing to confirm (broken.xml is not well-formed XML: unclosed tag: channel (line 9, column 1)). Correct the export and upload it again.')
      expect((await payload.find({ collection: 'import-runs', overrideAccess: true })).totalDocs).toBe(3)
    } finally {
      runInProgress.delete(running.id)
    }
  })
})

describe('runs left “running”', () => {
  const REASON = 'interrupted: the process running it stopped'
  const create = (file: string, runner: { host: string; pid: number; heartbeatAt: string; job?: number }) =>
    payload.create({ collection: 'import-runs', data: { file, status: 'running', startedAt: runner.heartbeatAt, runner }, overrideAccess: true })

  it('are marked failed, with the reason, when their process is gone, their job ended or nothing was heard from them for five minutes', async () => {
    const now = new Date().toISOString()
    const host = os.hostname()
    // The id of a process that has exited.
    const gonePid = spawnSync(process.execPath, ['-e', '0']).pid!
    const killed = await create('killed.xml', { host, pid: gonePid, heartbeatAt: now })
    const restarted = await create('restarted.xml', { host, pid: process.pid, heartbeatAt: now })
    const silent = await create('silent.xml', { host: 'another-machine', pid: 4242, heartbeatAt: new Date(Date.now() - 11 * 60_000).toISOString() })
    const elsewhere = await create('elsewhere.xml', { host: 'another-machine', pid: 4242, heartbeatAt: now })
    const job = await payload.jobs.queue({ task: 'importWordPress', queue: IMPORT_QUEUE, input: { runId: 0, dryRun: true, overwrite: false, fetchMedia: false } })
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { hasError: true, error: { message: 'cancelled' } }, overrideAccess: true })
    const jobEnded = await create('job-ended.xml', { host, pid: process.pid, heartbeatAt: now, job: Number(job.id) })
    runInProgress.add(jobEnded.id)
    const mine = await create('mine.xml', { host, pid: process.pid, heartbeatAt: now })
    runInProgress.add(mine.id)
    try {
      expect((await failStaleRuns(payload)).sort((a, b) => a - b)).toEqual([killed.id, restarted.id, silent.id, jobEnded.id])
    } finally {
      runInProgress.delete(jobEnded.id)
      runInProgress.delete(mine.id)
    }
    for (const run of [killed, restarted, silent]) expect(await runById(run.id)).toMatchObject({ status: 'failed', error: REASON })
    expect((await runById(killed.id)).finishedAt).toBeTruthy()
    expect(await runById(jobEnded.id)).toMatchObject({ status: 'failed', error: 'interrupted: the job running it ended without finishing it' })
    expect((await runById(elsewhere.id)).status).toBe('running')
    expect((await runById(mine.id)).status).toBe('running')
  })

  it('are marked failed when the server starts', async () => {
    const run = await create('before-restart.xml', { host: os.hostname(), pid: process.pid, heartbeatAt: new Date().toISOString() })
    const { registerNodeServer } = await import('@/lib/startup/registerNodeServer')
    await registerNodeServer()
    expect(await runById(run.id)).toMatchObject({ status: 'failed', error: REASON })
  })
})
