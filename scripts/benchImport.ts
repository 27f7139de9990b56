/**
 * `npm run bench:import [-- --posts 1000] [--seed 1] [--cpu-prof <folder>] [--trace] [--keep]`: the WordPress
 * import on a generated export of long scripts (lib/bench/generateWordPressExport.ts), with its
 * images served by a local HTTP server, into a throwaway embedded PostgreSQL. The import runs in a
 * child process (scripts/benchImportRun.ts, with the Node flags of `npm run import:wordpress`) so
 * that its wall time and peak memory are its own; generating, rendering images, starting
 * PostgreSQL, booting Payload and migrating are not timed. The result is then counted in the
 * database against what the export holds, so a fast but wrong import fails (exit 1). Never part
 * of `npm test`: timings are measured, not asserted.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startBenchImageServer } from '@/lib/bench/benchImageServer'
import { generateWordPressExport } from '@/lib/bench/generateWordPressExport'
import { importNodeFlags } from '@/lib/bench/importNodeFlags'
import { checkPassed, verifyBenchImport } from '@/lib/bench/verifyBenchImport'
import { ConfigError } from '@/lib/env'
import { onShutdown } from '@/lib/runtime/shutdown'
import { withDatabase } from '@/lib/runtime/withDatabase'

import type { BenchImportRun } from './benchImportRun'
import { runMain } from './runMain'

const args = process.argv.slice(2)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const USAGE = 'Usage: npm run bench:import -- [--posts 1000] [--seed 1] [--cpu-prof <folder>] [--trace] [--keep]'

await runMain(async () => {
  const posts = Number(option('--posts') ?? 1000)
  const seed = Number(option('--seed') ?? 1)
  const cpuProf = option('--cpu-prof')
  if (!Number.isInteger(posts) || posts < 1 || !Number.isInteger(seed)) throw new ConfigError(`--posts needs a positive whole number and --seed a whole number. ${USAGE}`)
  const work = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-bench-import-'))
  if (args.includes('--keep')) console.log(`Working folder (kept): ${work}`)
  else onShutdown(() => rmSync(work, { recursive: true, force: true }))

  const images = await startBenchImageServer()
  onShutdown(images.close)
  const file = path.join(work, 'bench-export.xml')
  let started = performance.now()
  const facts = await generateWordPressExport({ file, imageOrigin: images.origin, posts, seed })
  console.log(`Generated ${posts} posts (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB, ${file}`)
  started = performance.now()
  await images.load(facts.images)
  console.log(`Rendered ${facts.images.length} images in ${((performance.now() - started) / 1000).toFixed(1)} s, served from ${images.origin}`)

  const database = await withDatabase({ throwaway: true, database: 'scriptorium_bench' })
  onShutdown(database.stop)
  const resultFile = path.join(work, 'result.json')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SCRIPTORIUM_DATA_DIR: path.join(work, 'data'),
    MEDIA_DIR: path.join(work, 'media'),
    YOUTUBE_THUMBNAIL_BASE_URL: 'off',
  }
  const nodeArgs = [...importNodeFlags(process.cwd()), ...(cpuProf ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(cpuProf)] : []), '--import', 'tsx', 'scripts/benchImportRun.ts', file, '--result', resultFile, ...(args.includes('--trace') ? ['--trace'] : [])]
  console.log('Importing (booting and migrating first, not timed)…')
  const child = spawn(process.execPath, nodeArgs, { env, stdio: ['ignore', 'inherit', 'inherit'] })
  onShutdown(() => void child.kill('SIGTERM'))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`The import process exited with ${code}`)
  const run = JSON.parse(readFileSync(resultFile, 'utf8')) as BenchImportRun
  const checks = await verifyBenchImport(database.url, facts)

  const counts = Object.entries(run.report.counts)
    .filter(([, tally]) => tally.created + tally.updated + tally.skipped > 0)
    .map(([type, tally]) => `${type} ${tally.created}/${tally.updated}/${tally.skipped}`)
  console.log(`
posts             ${facts.posts} (and ${facts.pages} pages)
words             ${facts.words.toLocaleString('en')} (${Math.round(facts.words / facts.posts).toLocaleString('en')} a post)
quotations        ${facts.quotations.toLocaleString('en')}
images            ${facts.images.length.toLocaleString('en')} distinct (${facts.imageReferences.toLocaleString('en')} in the text)
import            ${run.importSeconds.toFixed(1)} s wall, ${(facts.posts / run.importSeconds).toFixed(1)} posts/s (CPU: ${run.cpuSeconds.toFixed(1)} s in the import's process, ${run.postgresCpuSeconds?.toFixed(1) ?? 'n/a'} s in PostgreSQL)
peak RSS          ${run.peakRssMB.toFixed(0)} MB (${run.rssBeforeMB.toFixed(0)} MB after boot; peak heap in use ${run.peakHeapMB.toFixed(0)} MB)
machine           ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}
report            ${counts.join(', ')} (created/updated/skipped); ${run.report.warnings.length} warnings
`)
  // Warnings are shown, not failed on: the export has an author with no account here, by design.
  for (const warning of run.report.warnings.slice(0, 5)) console.log(`  warning: ${warning}`)
  console.log('check                          expected      found')
  for (const check of checks) console.log(`${check.what.padEnd(28)} ${String(check.expected).padStart(10)} ${String(check.found).padStart(10)}${checkPassed(check) ? '' : '   MISMATCH'}`)
  const wrong = checks.filter((check) => !checkPassed(check))
  if (wrong.length) {
    console.error(`\nThe import did not write what the export holds: ${wrong.map((check) => check.what).join(', ')}.`)
    return 1
  }
})
