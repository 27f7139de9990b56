/**
 * `npm run backup` / `npm run restore`: a database with posts, versions, sources, videos, redirects
 * and media goes into one archive (pg_dump's custom format and the media files) and comes back
 * identical in an empty database; a database with content is replaced only with force, and a
 * restore that fails leaves the database as it was.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import pg from 'pg'
import sharp from 'sharp'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createBackup } from '@/lib/backup/createBackup'
import { listFiles } from '@/lib/backup/listFiles'
import { RestoreRefusedError, restoreBackup } from '@/lib/backup/restoreBackup'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { testPayload, unique } from './payload'

let payload: Payload
const work = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-backup-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The address of another database on the test cluster. */
const databaseUrl = (name: string) => {
  const url = new URL(inject('databaseUrl'))
  url.pathname = `/${name}`
  return url.toString()
}

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<Row>(sql)).rows
  } finally {
    await client.end()
  }
}

async function createEmptyDatabase(name: string): Promise<string> {
  await query(databaseUrl('postgres'), `DROP DATABASE IF EXISTS ${name}`)
  await query(databaseUrl('postgres'), `CREATE DATABASE ${name}`)
  return databaseUrl(name)
}

/** Every table of the public schema with its rows, as text in a fixed order: two databases with the same content give the same map. */
async function contentOf(url: string): Promise<Map<string, string[]>> {
  const tables = await query<{ table_name: string }>(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
  const content = new Map<string, string[]>()
  for (const { table_name } of tables) {
    const rows = await query<{ row: string }>(url, `SELECT t::text AS row FROM "${table_name}" t ORDER BY 1`)
    content.set(table_name, rows.map(({ row }) => row))
  }
  return content
}

const sourceTitle = 'The Letters of a Backup Test'
const postTitle = 'A script that must survive its machine'
let postId: number
let renamedFrom: string

beforeAll(async () => {
  payload = await testPayload()
  const source = await payload.create({ collection: 'sources', data: { type: 'book', title: sourceTitle, authors: [{ family: 'Alliluyeva', given: 'Svetlana' }] } })
  const video = await payload.create({ collection: 'videos', data: { title: unique('Backed-up video'), youtubeUrl: 'https://youtu.be/HRb7B9fPhfA' } })
  const image = await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'A blue card' },
    file: { data: image, mimetype: 'image/png', name: 'backup-card.png', size: image.length },
  })
  renamedFrom = unique('first-slug')
  const post = await payload.create({
    collection: 'posts',
    data: { title: postTitle, slug: renamedFrom, content: lexicalDocument(paragraph('First words.')), heroImage: media.id, video: video.id, sources: [{ source: source.id }] },
    draft: true,
  })
  postId = post.id
  await payload.update({ collection: 'posts', id: postId, data: { content: lexicalDocument(paragraph('Second words.')) }, draft: true })
  await payload.update({ collection: 'posts', id: postId, data: { _status: 'published' } })
  // A rename of a published post leaves a redirect from the old address.
  await payload.update({ collection: 'posts', id: postId, data: { slug: `${renamedFrom}-renamed` } })
})

describe('backup and restore', () => {
  it('round-trips the database and the media folder into an empty database', async () => {
    const mediaDir = process.env.MEDIA_DIR!
    const backup = await createBackup({ databaseUrl: inject('databaseUrl'), mediaDir, backupsDir: path.join(work, 'backups'), now: new Date('2026-12-02T17:50:03Z') })
    expect(path.basename(backup.file)).toBe('scriptorium-20261202-175003.tar')
    expect(backup.serverVersion).toMatch(/^15\./)
    // Everything is in it, password hashes included: for its owner's eyes only.
    expect(statSync(backup.file).mode & 0o777).toBe(0o600)
    // The upload and its four sizes (thumbnail, card, og; no hero from a 1200-px original) at least.
    expect(backup.mediaFiles).toBeGreaterThanOrEqual(4)

    const entries: string[] = []
    await tar.list({ file: backup.file, onReadEntry: (entry) => entries.push(entry.path) })
    expect(entries.slice(0, 2)).toEqual(['manifest.json', 'database.dump'])
    expect(entries.filter((entry) => entry.startsWith('media/')).length).toBe(backup.mediaFiles)

    const target = await createEmptyDatabase(`restored_${process.pid}`)
    const targetMedia = path.join(work, 'restored', 'media')
    const result = await restoreBackup({ file: backup.file, databaseUrl: target, mediaDir: targetMedia })
    expect(result).toEqual({ tablesReplaced: 0, mediaFiles: backup.mediaFiles, createdAt: '2026-12-02T17:50:03.000Z' })

    expect(await contentOf(target)).toEqual(await contentOf(inject('databaseUrl')))
    const [post] = await query<{ title: string; slug: string; status: string }>(target, `SELECT title, slug, _status AS status FROM posts WHERE id = ${postId}`)
    expect(post).toEqual({ title: postTitle, slug: `${renamedFrom}-renamed`, status: 'published' })
    const versions = await query<{ count: string }>(target, `SELECT count(*) FROM _posts_v WHERE parent_id = ${postId}`)
    expect(Number(versions[0].count)).toBeGreaterThanOrEqual(4)
    expect(await query(target, `SELECT title FROM sources WHERE title = '${sourceTitle}'`)).toEqual([{ title: sourceTitle }])
    expect(await query(target, `SELECT "from" FROM redirects WHERE "from" = '/posts/${renamedFrom}'`)).toEqual([{ from: `/posts/${renamedFrom}` }])

    const files = await listFiles(mediaDir)
    expect(await listFiles(targetMedia)).toEqual(files)
    for (const file of files) expect(readFileSync(path.join(targetMedia, file)).equals(readFileSync(path.join(mediaDir, file)))).toBe(true)
  })

  it('replaces a database with content only when forced, and leaves it as it was when the restore fails', async () => {
    const backup = await createBackup({ databaseUrl: inject('databaseUrl'), mediaDir: process.env.MEDIA_DIR!, backupsDir: path.join(work, 'backups-2') })
    const target = await createEmptyDatabase(`forced_${process.pid}`)
    await query(target, "CREATE TABLE notes (body text); INSERT INTO notes VALUES ('kept until forced')")
    const targetMedia = path.join(work, 'forced', 'media')

    const refused = await restoreBackup({ file: backup.file, databaseUrl: target, mediaDir: targetMedia }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(RestoreRefusedError)
    expect((refused as Error).message).toBe(
      `The database already has 1 tables and the media folder (${targetMedia}) 0 files. A restore replaces all of it: add --force to do that, or restore into an empty database.`,
    )
    expect(await query(target, 'SELECT body FROM notes')).toEqual([{ body: 'kept until forced' }])

    // An archive whose dump is damaged: pg_restore fails, nothing is changed.
    const folder = mkdtempSync(path.join(work, 'damaged-archive-'))
    await tar.extract({ file: backup.file, cwd: folder })
    const dump = readFileSync(path.join(folder, 'database.dump'))
    writeFileSync(path.join(folder, 'database.dump'), dump.subarray(0, Math.floor(dump.length / 2)))
    const damagedFile = path.join(work, 'damaged.tar')
    await tar.create({ file: damagedFile, cwd: folder }, ['manifest.json', 'database.dump'])
    const failed = await restoreBackup({ file: damagedFile, databaseUrl: target, mediaDir: targetMedia, force: true }).catch((error: unknown) => error)
    expect((failed as Error).message).toMatch(/^pg_restore failed \(exit 1\): pg_restore: error: /)
    expect(await query(target, 'SELECT body FROM notes')).toEqual([{ body: 'kept until forced' }])

    const forced = await restoreBackup({ file: backup.file, databaseUrl: target, mediaDir: targetMedia, force: true })
    expect(forced.tablesReplaced).toBe(1)
    expect(await query(target, "SELECT count(*)::int AS count FROM information_schema.tables WHERE table_name = 'notes'")).toEqual([{ count: 0 }])
    expect(await contentOf(target)).toEqual(await contentOf(inject('databaseUrl')))
  })
})
