/**
 * The `npm run import:wordpress` command as a user runs it: its options, its exit codes, and
 * `kill -9` in the middle leaving the database as it was (the import is one transaction, and
 * PostgreSQL drops it with the connection).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { mediaDir } from '@/lib/env'
import { importWordPress } from '@/lib/import/wordpress/importWordPress'

import { testPayload } from './payload'
import { TEST_SECRET } from './testEnv'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  // The import command (a child process) inherits it: where runs list the media files they write.
  process.env.SCRIPTORIUM_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-kill-data-'))
})

const IMAGES = 12
/** A folder of the export's images, for --media-dir (nothing is downloaded). */
async function imagesFolder(): Promise<string> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'wxr-kill-images-'))
  for (let index = 0; index < IMAGES; index++) {
    writeFileSync(path.join(folder, `kill-image-${index}.png`), await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20 * index, g: 90, b: 160 } } }).png().toBuffer())
  }
  return folder
}
const journals = () => {
  const folder = path.join(process.env.SCRIPTORIUM_DATA_DIR!, 'wordpress-imports', 'written-files')
  return existsSync(folder) ? readdirSync(folder).map((name) => path.join(folder, name)) : []
}
const killImageFiles = () => readdirSync(mediaDir()).filter((name) => name.startsWith('kill-image-'))

/** An export of `count` posts of our own (and IMAGES attachments), enough that the import is still running when it is killed. */
function generatedExport(count: number): string {
  const attachments = Array.from({ length: IMAGES }, (_, index) => `<item><title>Kill image ${index}</title><wp:post_id>${4000 + index}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
      <wp:attachment_url>https://kill.example.com/wp-content/uploads/kill-image-${index}.png</wp:attachment_url></item>`).join('\n')
  const items = attachments + Array.from({ length: count }, (_, index) => {
    const id = 5000 + index
    const text = Array.from({ length: 30 }, (_, paragraph) => `Paragraph ${paragraph + 1} of generated script ${id}, about printing and its discontents.`).join('\n\n')
    return `<item><title>Generated script ${id}</title><wp:post_id>${id}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
      <wp:post_name>generated-script-${id}</wp:post_name><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt><content:encoded><![CDATA[${text}]]></content:encoded></item>`
  }).join('\n')
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-kill-')), 'kill-export.xml')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Kill</title><link>https://kill.example.com</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://kill.example.com</wp:base_blog_url>
${items}
</channel></rss>`,
  )
  return file
}

const root = path.resolve(import.meta.dirname, '../..')
function runCli(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/importWordPress.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })))
}

describe('the import command', () => {
  it('prints the dry run report and exits 0; refuses unknown options and missing files with one line and exit 1', async () => {
    const essays = path.join(root, 'tests/fixtures/wordpress/essay-export.xml')
    const dry = await runCli([essays, '--dry-run', '--no-fetch'])
    expect(dry.code).toBe(0)
    expect(dry.output).toContain('Dry run (nothing was written): essay-export.xml')
    expect(dry.output).toContain('posts               3        0        0')
    const unknown = await runCli([essays, '--bogus'])
    expect(unknown.code).toBe(1)
    expect(unknown.output).toContain('Scriptorium cannot start: Unknown option --bogus. Usage: npm run import:wordpress -- <export.xml> [--dry-run] [--overwrite] [--media-dir <folder>] [--no-fetch]')
    const missing = await runCli(['/nonexistent/export.xml'])
    expect(missing.code).toBe(1)
    expect(missing.output).toContain('Scriptorium cannot start: /nonexistent/export.xml does not exist.')
    await payload.delete({ collection: 'import-runs', where: { file: { equals: 'essay-export.xml' } } })
  }, 120_000)
})

describe('an import killed half-way', () => {
  it('writes nothing, and the media files it had written are removed by the next import', async () => {
    const file = generatedExport(400)
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/importWordPress.ts', file, '--media-dir', await imagesFolder(), '--no-fetch'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    // Killed once it has written a good part of the posts (inside its transaction).
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the import never reached post 100:\n${output}`)), 120_000)
      const watch = (chunk: Buffer) => {
        output += chunk
        // …and has listed at least one media file it wrote.
        if (/Post 100 of 400/.test(output) && journals().some((journal) => readFileSync(journal, 'utf8').trim())) {
          clearTimeout(timer)
          child.kill('SIGKILL')
          resolve()
        }
      }
      child.stdout.on('data', watch)
      child.stderr.on('data', watch)
    })
    expect(await exited).toBe('SIGKILL')
    // The server notices the dropped connection and rolls the transaction back.
    await expect
      .poll(async () => (await payload.find({ collection: 'posts', where: { wordpressId: { like: '@kill.example.com' } }, draft: true, limit: 1 })).totalDocs, { timeout: 10_000 })
      .toBe(0)
    expect((await payload.find({ collection: 'redirects', where: { from: { like: 'generated-script-50' } } })).totalDocs).toBe(0)
    const [run] = (await payload.find({ collection: 'import-runs', where: { file: { equals: 'kill-export.xml' } }, limit: 1 })).docs
    expect(run.status).toBe('running')
    // It recorded which process ran it, and that process is gone: the next import marks the run failed.
    expect(run.runner).toMatchObject({ host: os.hostname(), pid: child.pid })
    // Its media rows went with the transaction; its files are still on disk, listed by the run.
    const [journal] = journals()
    const listed = readFileSync(journal, 'utf8').trim().split('\n')
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.every((name) => killImageFiles().includes(name))).toBe(true)
    expect((await payload.find({ collection: 'media', where: { sourceUrl: { like: 'kill.example.com' } } })).totalDocs).toBe(0)
    const next = await importWordPress(payload, path.join(root, 'tests/fixtures/wordpress/essay-export.xml'), { dryRun: true, fetchMedia: false })
    expect(killImageFiles().filter((name) => listed.includes(name))).toEqual([])
    expect(journals()).toEqual([])
    const killed = await payload.findByID({ collection: 'import-runs', id: run.id })
    expect(killed).toMatchObject({ status: 'failed', error: 'interrupted: the process running it stopped' })
    expect(killed.finishedAt).toBeTruthy()
    await payload.delete({ collection: 'import-runs', where: { id: { in: [run.id, next.runId] } } })
  }, 180_000)
})
