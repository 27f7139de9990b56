/**
 * `npm run bench [-- --posts 200] [--seconds 10]`: the reader's side under load. Builds if needed,
 * seeds a throwaway database with N realistic scripts (lib/bench/site/seedBenchSite.ts), starts the
 * production app on it as `npm start` does, warms every page up, then measures with autocannon
 * (32 connections) a script, home, page 2, a category, the archive, search, each site feed and the
 * sitemap; the script's exact bytes from a bare Node server in the same run (the ratio is the
 * goal's measure); uncached renders of scripts (on-demand revalidation skips the caches); and publish →
 * fresh on home, the feed and the post. Prints a table and writes bench/results.json (git-ignored).
 * Never part of `npm test`: timings are measured, not asserted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { startBareServer } from '@/lib/bench/site/bareServer'
import { sequentialLatency, type LatencyResult } from '@/lib/bench/site/latency'
import { loadTest, type LoadResult } from '@/lib/bench/site/loadTest'
import { machineFacts } from '@/lib/bench/site/machine'
import { lighthouseScores } from '@/lib/bench/site/lighthouseScores'
import { pageOnlyJsGzipKB, pageWeight } from '@/lib/bench/site/pageWeight'
import { processTreeRssMB } from '@/lib/bench/site/processTreeRss'
import { publishToFresh } from '@/lib/bench/site/publishToFresh'
import { startBenchSite } from '@/lib/bench/site/startBenchSite'
import { ConfigError } from '@/lib/env'

import { runMain } from './runMain'

const args = process.argv.slice(2)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const USAGE = 'Usage: npm run bench -- [--posts 200] [--seconds 10] [--only <row name>] [--cpu-prof <folder>] [--keep]'

const UNCACHED = 'script (uncached)'
const UNCACHED_WARM = 'script (uncached, citations made)'
/** Scripts the second uncached row renders again after one pass: their citations are formatted already, as after a change elsewhere dropped their pages. */
const WARM_SCRIPTS = 50
const warmCount = (slugs: string[]) => Math.max(1, Math.min(WARM_SCRIPTS, Math.floor(slugs.length / 2)))

/**
 * Every request renders a script as a reader's first visit after a change would: Next's on-demand
 * revalidation header (with this build's preview id) skips the page and data caches and stores the
 * new render, on the public read path. Each request asks for the next script in turn, because
 * Next makes concurrent requests for one page share a single render.
 */
function bypassCacheHeaders(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'prerender-manifest.json'), 'utf8')) as { preview?: { previewModeId?: string } }
  const previewModeId = manifest.preview?.previewModeId
  if (!previewModeId) throw new Error('.next/prerender-manifest.json has no preview id: build again (npm run build).')
  return { 'x-prerender-revalidate': previewModeId }
}

async function uncachedRender(base: string, slugs: string[], seconds: number, serverPid: number, { warm }: { warm: boolean }) {
  const paths = slugs.map((slug) => `/posts/${slug}`)
  const headers = bypassCacheHeaders()
  if (warm) for (const pagePath of paths) await (await fetch(`${base}${pagePath}`, { headers })).arrayBuffer()
  return { ...(await loadTest(`${base}${paths[0]}`, { connections: 8, seconds, headers, paths })), serverRssMB: processTreeRssMB(serverPid) }
}

await runMain(async () => {
  const posts = Number(option('--posts') ?? 200)
  const seconds = Number(option('--seconds') ?? 10)
  if (!Number.isInteger(posts) || posts < 1 || !(seconds > 0)) throw new ConfigError(`--posts needs a positive whole number and --seconds a positive number. ${USAGE}`)
  // --cpu-prof: every Node process of the app writes a V8 CPU profile there when it stops (the web server's is the largest).
  const cpuProf = option('--cpu-prof')
  const profiling = cpuProf ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${path.resolve(cpuProf)}`.trim() } : {}
  const { base, site, server, databaseUrl, work } = await startBenchSite({ posts, log: console.log, env: profiling })

  const pages: [string, string][] = [
    ['script (cached)', `/posts/${site.postSlug}`],
    ['home', '/'],
    ['page 2', '/page/2'],
    ['category', `/categories/${site.categorySlug}`],
    ['archive', '/archive'],
    ['search', `/search?q=${site.searchTerm}`],
    ['RSS', '/feed.xml'],
    ['Atom', '/atom.xml'],
    ['JSON Feed', '/feed.json'],
    ['sitemap', '/sitemap.xml'],
  ]
  // Past 2,000 addresses /sitemap.xml is an index (lib/seo/sitemapFiles.ts): its first file is what a crawler reads next.
  const sitemapFile = /<sitemapindex/.test(await (await fetch(`${base}/sitemap.xml`)).text()) ? '/sitemaps/1.xml' : null
  if (sitemapFile) pages.push(['sitemap file 1', sitemapFile])
  // Warm-up: every page rendered and cached before anything is timed.
  for (const [, pagePath] of pages) for (let index = 0; index < 3; index++) await (await fetch(`${base}${pagePath}`)).arrayBuffer()

  const results: Record<string, LoadResult & { serverRssMB?: number | null }> = {}
  // --keep (with --only too): the seeded site stays up to look into (a 10,000-script seed takes ~20 minutes).
  const keepIfAsked = async () => {
    if (!args.includes('--keep')) return
    console.log(`\nKept running: the site on ${base}, its database at ${databaseUrl}. Ctrl-C stops and removes both.`)
    await new Promise<never>(() => {})
  }
  const only = option('--only')
  for (const [name, pagePath] of pages.filter(([name]) => !only || name === only)) {
    results[name] = { ...(await loadTest(`${base}${pagePath}`, { seconds })), serverRssMB: processTreeRssMB(server.pid!) }
    console.log(`  ${name}: ${results[name].requestsPerSecond.toFixed(0)} req/s, server ${results[name].serverRssMB} MB`)
  }

  if (only) {
    if (only === UNCACHED) results[UNCACHED] = await uncachedRender(base, site.postSlugs.slice(warmCount(site.postSlugs)), seconds, server.pid!, { warm: false })
    if (only === UNCACHED_WARM) results[UNCACHED_WARM] = await uncachedRender(base, site.postSlugs.slice(0, warmCount(site.postSlugs)), seconds, server.pid!, { warm: true })
    console.log(JSON.stringify(results, null, 2))
    return keepIfAsked()
  }
  const postResponse = await fetch(`${base}/posts/${site.postSlug}`)
  const postBytes = Buffer.from(await postResponse.arrayBuffer())
  const bare = await startBareServer(postBytes, { 'content-type': postResponse.headers.get('content-type') ?? 'text/html' }, work)
  results['bare Node, same bytes'] = await loadTest(bare.url, { seconds })
  await bare.stop()

  results[UNCACHED] = await uncachedRender(base, site.postSlugs.slice(warmCount(site.postSlugs)), seconds, server.pid!, { warm: false })
  results[UNCACHED_WARM] = await uncachedRender(base, site.postSlugs.slice(0, warmCount(site.postSlugs)), seconds, server.pid!, { warm: true })

  // The goal's "uncached search, archive and home p95": one reader at a time, every page rendered anew.
  const latencies: Record<string, LatencyResult> = {}
  // Home itself is a rewrite of /page/1 (proxy.ts), which the revalidation header cannot reach (404):
  // its second page is the same component, query and size.
  for (const [name, pagePath] of [['home (page 2)', '/page/2'], ['archive', '/archive'], ['search', `/search?q=${site.searchTerm}`]] as const) {
    latencies[name] = await sequentialLatency(`${base}${pagePath}`, { seconds, headers: bypassCacheHeaders() })
  }

  const weights = { script: await pageWeight(base, `/posts/${site.postSlug}`), home: await pageWeight(base, '/') }
  const scriptOwnJsGzipKB = await pageOnlyJsGzipKB(base, weights.script, weights.home)
  const lighthouse = { script: await lighthouseScores(`${base}/posts/${site.postSlug}`), home: await lighthouseScores(`${base}/`) }
  // A failure here is reported, not fatal: the rows measured so far are still worth their table.
  const fresh = await publishToFresh(base).catch((error: unknown) => {
    console.error(`publish → fresh: ${error instanceof Error ? error.message : String(error)}`)
    return { home: Number.NaN, post: Number.NaN, feed: Number.NaN }
  })
  const ratio = results['script (cached)'].requestsPerSecond / results['bare Node, same bytes'].requestsPerSecond

  console.log(`\n${posts} scripts, ${seconds} s per row, 32 connections (8 uncached); autocannon on this machine:\n`)
  console.log('page                      req/s     p50 ms   p99 ms   errors   non-2xx   KB/response   server MB after')
  for (const [name, result] of Object.entries(results)) {
    console.log(
      `${name.padEnd(24)} ${result.requestsPerSecond.toFixed(0).padStart(7)} ${result.p50.toFixed(1).padStart(10)} ${result.p99.toFixed(1).padStart(8)} ${String(result.errors).padStart(8)} ${String(result.non2xx).padStart(9)} ${(result.bytesPerResponse / 1024).toFixed(1).padStart(13)} ${String(result.serverRssMB ?? '').padStart(17)}`,
    )
  }
  console.log(`\ncached script ÷ bare Node with the same bytes: ${ratio.toFixed(3)}× (goal ≥ 0.035×)`)
  console.log(`publish → fresh: home ${fresh.home.toFixed(0)} ms, feed ${fresh.feed.toFixed(0)} ms; edit → fresh post page ${fresh.post.toFixed(0)} ms (goal ≤ 2,000 ms)`)
  console.log('\nuncached, one reader at a time (goal with 10,000 scripts: p95 ≤ 50 ms): requests · p50 ms · p95 ms · max ms')
  for (const [name, latency] of Object.entries(latencies)) console.log(`  ${name}: ${latency.requests} · ${latency.p50.toFixed(1)} · ${latency.p95.toFixed(1)} · ${latency.max.toFixed(1)}${latency.non2xx ? ` (answers: ${JSON.stringify(latency.statuses)})` : ''}`)
  console.log('\npage weight (before any interaction): HTML KB (gzip) · article KB · inline payload KB · CSS gzip KB · JS gzip KB · requests (third-party)')
  for (const [name, weight] of Object.entries(weights)) {
    console.log(`  ${name}: ${weight.htmlKB} (${weight.htmlGzipKB}) · ${weight.articleKB} · ${weight.inlinePayloadKB} · ${weight.cssGzipKB} · ${weight.jsGzipKB} · ${weight.requests} (${weight.thirdPartyRequests})`)
  }
  console.log(`  the script's own JS (what home, with no client component of its own, does not load): ${scriptOwnJsGzipKB} KB gzip (goal ≤ 5)`)
  console.log('\nLighthouse, mobile (goal: performance ≥ 98, the others 100): performance · accessibility · best practices · SEO · LCP ms · TBT ms · CLS')
  for (const [name, scores] of Object.entries(lighthouse)) {
    console.log(`  ${name}: ${scores.performance} · ${scores.accessibility} · ${scores.bestPractices} · ${scores.seo} · ${scores.lcpMs} · ${scores.tbtMs} · ${scores.cls}${scores.failing.length ? ` (failing: ${scores.failing.join(', ')})` : ''}`)
  }
  mkdirSync('bench', { recursive: true })
  writeFileSync(path.join('bench', 'results.json'), JSON.stringify({ machine: machineFacts(), posts, seconds, site, results, cachedToBareRatio: ratio, uncachedLatency: latencies, publishToFreshMs: fresh, pageWeight: weights, scriptOwnJsGzipKB, lighthouse }, null, 2))
  console.log('Written to bench/results.json.')
  await keepIfAsked()
})
