import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { dataDir, mediaDir } from '@/lib/env'

/** Where a run lists the media files it has written: `<data dir>/wordpress-imports/written-files/<run>.txt`. */
const journalPath = (runId: number) => path.join(dataDir(), 'wordpress-imports', 'written-files', `${runId}.txt`)

export type WrittenFilesJournal = { add: (files: string[]) => void; close: () => void }

/**
 * The media files an import run writes, listed on disk as they are written, so that the files of a
 * run killed before its transaction ended (whose rows PostgreSQL rolled back) can be removed later
 * by whoever finds the run stale (staleRuns.ts). Closed (deleted) once the run has ended cleanly.
 */
export function writtenFilesJournal(runId: number): WrittenFilesJournal {
  const file = journalPath(runId)
  return {
    add(files) {
      if (!files.length) return
      mkdirSync(path.dirname(file), { recursive: true })
      appendFileSync(file, files.map((name) => `${path.basename(name)}\n`).join(''))
    },
    close: () => rmSync(file, { force: true }),
  }
}

/** Removes the media files a stale run listed, and its list; how many files were removed. */
export function discardJournaledFiles(runId: number): number {
  const file = journalPath(runId)
  if (!existsSync(file)) return 0
  // Names only, resolved in the media folder: a list can never point elsewhere.
  const names = readFileSync(file, 'utf8').split('\n').map((name) => path.basename(name.trim())).filter((name) => name && name !== '.' && name !== '..')
  let removed = 0
  for (const name of names) {
    const target = path.join(mediaDir(), name)
    if (existsSync(target)) {
      rmSync(target, { force: true })
      removed++
    }
  }
  rmSync(file, { force: true })
  return removed
}
