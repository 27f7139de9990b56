import { chmod, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import * as tar from 'tar'

import { DATABASE_FILE, MANIFEST_FILE, MEDIA_FOLDER, type BackupManifest } from './backupManifest'
import { connectionForTools } from './connectionForTools'
import { listFiles } from './listFiles'
import { assertToolCanServe, postgresToolMajor } from './postgresTools'
import { runTool } from './runTool'
import { serverVersion } from './serverVersion'

type Options = { databaseUrl: string; mediaDir: string; backupsDir: string; now?: Date }

export type BackupResult = { file: string; bytes: number; mediaFiles: number; serverVersion: string }

/** 2026-12-02T17:50:03.123Z → 20261202-175003 (sorts by time, safe in every file system). */
const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)

/**
 * One archive (`backups/scriptorium-<UTC time>.tar`): manifest.json, the database in pg_dump's
 * custom format and the media folder. pg_dump reads one snapshot while the site goes on serving
 * and writing; the media files are added after it, and since they are named by their content and
 * only ever added, every file a row of the dump names is there (a file deleted in between is the
 * one exception). Written under a temporary name, so an archive with the final name is complete.
 */
export async function createBackup({ databaseUrl, mediaDir, backupsDir, now = new Date() }: Options): Promise<BackupResult> {
  const server = await serverVersion(databaseUrl)
  await assertToolCanServe('pg_dump', server.major)
  // A backup holds everything, password hashes included: readable by its owner only.
  await mkdir(backupsDir, { recursive: true, mode: 0o700 })
  const file = path.join(backupsDir, `scriptorium-${stamp(now)}.tar`)
  const partial = `${file}.partial`
  const staging = await mkdtemp(path.join(backupsDir, '.staging-'))
  try {
    const { dbname, env } = connectionForTools(databaseUrl)
    await runTool('pg_dump', ['--format=custom', `--file=${path.join(staging, DATABASE_FILE)}`, `--dbname=${dbname}`], env)
    const media = await listFiles(mediaDir)
    const manifest: BackupManifest = {
      format: 'scriptorium-backup',
      version: 1,
      createdAt: now.toISOString(),
      postgres: { serverVersion: server.version, dumpMajor: await postgresToolMajor('pg_dump') },
      mediaFiles: media.length,
    }
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    await tar.create({ file: partial, cwd: staging, portable: true }, [MANIFEST_FILE, DATABASE_FILE])
    if (media.length) await tar.replace({ file: partial, cwd: mediaDir, prefix: MEDIA_FOLDER, portable: true }, media)
    await chmod(partial, 0o600)
    await rename(partial, file)
    return { file, bytes: (await stat(file)).size, mediaFiles: media.length, serverVersion: server.version }
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
