/**
 * `npm run loadtest [-- --posts 200] [--seconds 60] [--connections 32] [--publish-every 2]`: readers
 * and an editor at once. On a throwaway site seeded as `npm run bench` seeds it, autocannon holds
 * 32 connections for 60 s, spread over home, a script, the RSS feed and search, while this process
 * publishes a script through the REST API every 2 s and follows each one onto home, the feed and
 * its own page. Prints requests, errors and p50/p99 per page, and how soon each publish was
 * visible; exits 1 if any request failed or any publish was not visible within 10 s. Never part of
 * `npm test`: its figures are measured, not asserted.
 */
import { loadTest, type LoadResult } from '@/lib/bench/site/loadTest'
import { machineFacts } from '@/lib/bench/site/machine'
import { processTreeRssMB } from '@/lib/bench/site/processTreeRss'
import { publishDuringLoad } from '@/lib/bench/site/publishDuringLoad'
import { startBenchSite } from '@/lib/bench/site/startBenchSite'
import { ConfigError } from '@/lib/env'

import { runMain } from './runMain'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback)
const USAGE = 'Usage: npm run loadtest -- [--posts 200] [--seconds 60] [--connections 32] [--publish-every 2]'

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]

await runMain(async () => {
  const posts = option('--posts', 200)
  const seconds = option('--seconds', 60)
  const connections = option('--connections', 32)
  const publishEvery = option('--publish-every', 2)
  const pageCount = 4
  if (![posts, connections].every((value) => Number.isInteger(value) && value > 0) || !(seconds > 0) || !(publishEvery > 0) || connections % pageCount !== 0) {
    throw new ConfigError(`--posts and --connections need positive whole numbers (--connections a multiple of ${pageCount}), --seconds and --publish-every positive numbers. ${USAGE}`)
  }
  const { base, site, server } = await startBenchSite({ posts, log: console.log })
  const pages: [string, string][] = [
    ['home', '/'],
    ['script', `/posts/${site.postSlug}`],
    ['RSS', '/feed.xml'],
    ['search', `/search?q=${site.searchTerm}`],
  ]
  for (const [, path] of pages) for (let index = 0; index < 3; index++) await (await fetch(`${base}${path}`)).arrayBuffer()

  console.log(`Loading ${pages.map(([name]) => name).join(', ')} with ${connections} connections for ${seconds} s, publishing every ${publishEvery} s…`)
  const untilMs = performance.now() + seconds * 1000
  const [loads, publishing] = await Promise.all([
    Promise.all(pages.map(([, path]) => loadTest(`${base}${path}`, { connections: connections / pageCount, seconds }))),
    publishDuringLoad(base, { everyMs: publishEvery * 1000, untilMs }),
  ])
  const serverMB = processTreeRssMB(server.pid!)

  const results: Record<string, LoadResult> = Object.fromEntries(pages.map(([name], index) => [name, loads[index]]))
  console.log(`\n${posts} scripts, ${seconds} s, ${connections} connections (${connections / pageCount} a page); autocannon on this machine:\n`)
  console.log('page        requests    req/s   p50 ms   p99 ms   errors   non-2xx')
  for (const [name, result] of Object.entries(results)) {
    console.log(`${name.padEnd(10)} ${String(Math.round(result.requestsPerSecond * seconds)).padStart(9)} ${result.requestsPerSecond.toFixed(0).padStart(8)} ${result.p50.toFixed(1).padStart(8)} ${result.p99.toFixed(1).padStart(8)} ${String(result.errors).padStart(8)} ${String(result.non2xx).padStart(9)}`)
  }
  const failedRequests = Object.values(results).reduce((sum, result) => sum + result.errors + result.non2xx, 0)
  const visible = publishing.published.filter((record) => record.msToVisible !== null)
  const delays = visible.map((record) => record.msToVisible as number)
  console.log(`\npublished ${publishing.published.length} scripts (${publishing.refused.length} refused); visible on home, the feed and their page: ${visible.length}`)
  if (delays.length) console.log(`  publish → visible everywhere: median ${percentile(delays, 0.5).toFixed(0)} ms, slowest ${Math.max(...delays).toFixed(0)} ms`)
  for (const record of publishing.published.filter((one) => one.msToVisible === null)) console.log(`  NOT VISIBLE within 10 s: “${record.title}” on ${record.missingOn.join(', ')}`)
  for (const refusal of publishing.refused) console.log(`  REFUSED: ${refusal}`)
  console.log(`server memory after: ${serverMB ?? '?'} MB · ${JSON.stringify(machineFacts())}`)

  const problems = [failedRequests ? `${failedRequests} requests failed` : '', publishing.refused.length ? `${publishing.refused.length} publishes refused` : '', visible.length < publishing.published.length ? `${publishing.published.length - visible.length} publishes not visible` : ''].filter(Boolean)
  if (problems.length) throw new Error(`The load test found problems: ${problems.join('; ')}.`)
  console.log('No failed request; every publish visible.')
})
