import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'
import * as tar from 'tar'

import { DATABASE_FILE, MANIFEST_FILE, MEDIA_FOLDER, parseManifest } from './backupManifest'
import { connectionForTools } from './connectionForTools'
import { listFiles } from './listFiles'
import { assertToolCanServe } from './postgresTools'
import { runTool } from './runTool'
import { serverVersion } from './serverVersion'

type Options = { file: string; databaseUrl: string; mediaDir: string; force?: boolean }

export type RestoreResult = { tablesReplaced: number; mediaFiles: number; createdAt: string }

/** A restore that would replace content and was not told to (`--force`). */
export class RestoreRefusedError extends Error {}

async function tablesIn(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
    return Number(rows[0].count)
  } finally {
    await client.end()
  }
}

/**
 * Puts a backup made by createBackup back: the database in one transaction (the public schema
 * dropped and rebuilt from the dump, so a restore that fails leaves the database as it was), then
 * the media folder swapped for the archive's. A database with tables, or a media folder with
 * files, is replaced only with `force`.
 */
export async function restoreBackup({ file, databaseUrl, mediaDir, force = false }: Options): Promise<RestoreResult> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`)
  const tables = await tablesIn(databaseUrl)
  const existingMedia = (await listFiles(mediaDir)).length
  if ((tables > 0 || existingMedia > 0) && !force) {
    throw new RestoreRefusedError(
      `The database already has ${tables} tables and the media folder (${mediaDir}) ${existingMedia} files. ` +
        'A restore replaces all of it: add --force to do that, or restore into an empty database.',
    )
  }
  // Unpacked beside the media folder, so the media can be moved into place by a rename.
  await mkdir(path.dirname(mediaDir), { recursive: true })
  const work = await mkdtemp(path.join(path.dirname(mediaDir), '.restore-'))
  try {
    await tar.extract({ file, cwd: work, strict: true }).catch((error: Error) => {
      throw new Error(`${file} is not a readable backup archive: ${error.message}`)
    })
    if (!existsSync(path.join(work, MANIFEST_FILE))) throw new Error(`${file} is not a Scriptorium backup: it has no ${MANIFEST_FILE}`)
    const manifest = parseManifest(await readFile(path.join(work, MANIFEST_FILE), 'utf8'), file)
    await assertToolCanServe('pg_restore', manifest.postgres.dumpMajor)
    const server = await serverVersion(databaseUrl)
    await assertToolCanServe('psql', server.major)
    // pg_restore writes the whole script first: piped straight into psql, a pg_restore that failed
    // half-way would end psql's input early and its transaction would commit what it had.
    const script = path.join(work, 'restore.sql')
    await runTool('pg_restore', ['--no-owner', '--no-privileges', `--file=${script}`, path.join(work, DATABASE_FILE)], process.env)
    const { dbname, env } = connectionForTools(databaseUrl)
    await runTool(
      'psql',
      ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-c', 'DROP SCHEMA IF EXISTS public CASCADE', '-c', 'CREATE SCHEMA public', '-f', script, `--dbname=${dbname}`],
      env,
    )
    const restoredMedia = path.join(work, MEDIA_FOLDER)
    if (!existsSync(restoredMedia)) await mkdir(restoredMedia)
    const replaced = `${mediaDir}.replaced`
    await rm(replaced, { recursive: true, force: true })
    if (existsSync(mediaDir)) await rename(mediaDir, replaced)
    await rename(restoredMedia, mediaDir)
    await rm(replaced, { recursive: true, force: true })
    return { tablesReplaced: tables, mediaFiles: manifest.mediaFiles, createdAt: manifest.createdAt }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
