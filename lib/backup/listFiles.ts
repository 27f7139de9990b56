import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'

/** Every file under `folder` (relative paths, sorted), or none when the folder does not exist. */
export async function listFiles(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return []
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => (entry.parentPath === folder ? entry.name : `${entry.parentPath.slice(folder.length + 1)}/${entry.name}`))
    .sort()
}
