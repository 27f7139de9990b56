/**
 * The import `npm run bench:import` times, in a process of its own so that its peak memory is its
 * own: boots Payload on DATABASE_URL and migrates (not timed), runs importWordPress on the export
 * exactly as `npm run import:wordpress` does, and writes its figures as JSON to `--result <file>`.
 * `--trace` prints the Local API calls the import made, counted and timed. Run by
 * scripts/benchImport.ts, not by hand.
 */
import { writeFileSync } from 'node:fs'

import { postgresCpuSeconds } from '@/lib/bench/postgresCpu'
import { migratedPayload } from '@/lib/runtime/migratedPayload'

import { runMain } from './runMain'

export type BenchImportRun = {
  importSeconds: number
  /** CPU time this process spent on the import (user + system, all its threads): steadier than wall time on a busy machine. */
  cpuSeconds: number
  /** CPU time the PostgreSQL server spent meanwhile (null where /proc is not there to read it). */
  postgresCpuSeconds: number | null
  /** Resident memory after booting and migrating, before the import. */
  rssBeforeMB: number
  /** The process's peak resident memory (getrusage maxrss): boot, import and all. */
  peakRssMB: number
  /** The largest V8 heap in use seen during the import (sampled every 250 ms). */
  peakHeapMB: number
  report: import('@/lib/import/wordpress/importReport').ImportReport
}

const [file] = process.argv.slice(2)
const resultFile = process.argv[process.argv.indexOf('--result') + 1]
const MB = 1024 * 1024

await runMain(async () => {
  if (!file || !resultFile) throw new Error('Usage: benchImportRun.ts <export.xml> --result <file.json>')
  const payload = await migratedPayload()
  const { importWordPress } = await import('@/lib/import/wordpress/importWordPress')
  const printTrace = process.argv.includes('--trace') ? (await import('@/lib/bench/traceOperations')).traceOperations(payload) : null

  const rssBefore = process.memoryUsage.rss()
  let peakHeap = 0
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 250)
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const postgresPort = Number(new URL(process.env.DATABASE_URL ?? 'postgres://localhost:5432').port || 5432)
  const postgresBefore = postgresCpuSeconds(postgresPort)
  let done = 0
  const { report } = await importWordPress(payload, file, {
    onProgress: (line) => {
      // One line in fifty: enough to see it move without timing the terminal.
      if (/^(Post|Media) \d+ of/.test(line) && ++done % 50 !== 0) return
      console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${line}`)
    },
  })
  const importSeconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  const postgresAfter = postgresCpuSeconds(postgresPort)
  clearInterval(sampler)
  if (printTrace) console.log(printTrace())
  const result: BenchImportRun = {
    importSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    postgresCpuSeconds: postgresBefore !== null && postgresAfter !== null ? postgresAfter - postgresBefore : null,
    rssBeforeMB: rssBefore / MB,
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
    peakHeapMB: peakHeap / MB,
    report,
  }
  writeFileSync(resultFile, JSON.stringify(result))
})
