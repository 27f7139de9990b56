/** What a backup archive says about itself (`manifest.json`, its first entry). */
export type BackupManifest = {
  format: 'scriptorium-backup'
  version: 1
  createdAt: string
  /** The server's version (`server_version`) and the pg_dump major that wrote `database.dump`. */
  postgres: { serverVersion: string; dumpMajor: number }
  mediaFiles: number
}

export const MANIFEST_FILE = 'manifest.json'
export const DATABASE_FILE = 'database.dump'
export const MEDIA_FOLDER = 'media'

export function parseManifest(text: string, archive: string): BackupManifest {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(`${archive}: manifest.json is not JSON (${(error as Error).message})`)
  }
  const manifest = value as Partial<BackupManifest> | null
  if (manifest?.format !== 'scriptorium-backup' || manifest.version !== 1 || typeof manifest.postgres?.dumpMajor !== 'number') {
    throw new Error(`${archive} is not a Scriptorium backup of a version this release reads (manifest.json: ${text.slice(0, 200)})`)
  }
  return manifest as BackupManifest
}
