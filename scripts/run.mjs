/**
 * Runs a TypeScript entry point: `node scripts/run.mjs scripts/start.ts [args…]`.
 *
 * The entry point and the project's own modules are bundled with esbuild into one ESM file
 * (packages stay external) and imported with plain Node. A runtime loader (tsx) was tried first:
 * its off-thread module loading now and then never answered, so `npm start` hung or exited
 * silently with code 13. Bundling takes a fraction of a second and has no such failure mode.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { build } from 'esbuild'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('Usage: node scripts/run.mjs <script.ts> [args…]')
  process.exit(2)
}

// Node exits with code 13 if a top-level await is pending while the event loop looks idle, which
// happened now and then while esbuild's service (unref'd between requests) was answering.
const keepAlive = setInterval(() => {}, 1 << 30)
/**
 * Packages stay external (Node loads them from node_modules) except Payload's Lexical editor and
 * its UI dependencies: Node 20's ESM loader intermittently never finishes loading that module
 * graph (see payloadcms/payload#9378), so it is bundled into the script instead.
 */
const BUNDLED = /^(@payloadcms\/richtext-lexical|@payloadcms\/ui|lexical|@lexical\/)/
const externalPackagesExceptLexical = {
  name: 'external-packages-except-lexical',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@/') || args.path === '@payload-config' || BUNDLED.test(args.path)) return undefined
      return { path: args.path, external: true }
    })
  },
}

const entryPath = path.resolve(entry)
const outDir = path.join(root, 'node_modules', '.cache', 'scriptorium')
const outfile = path.join(outDir, `${path.relative(root, entryPath).replace(/[\\/]/g, '__').replace(/\.tsx?$/, '')}.mjs`)
mkdirSync(outDir, { recursive: true })

await build({
  entryPoints: [entryPath],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [externalPackagesExceptLexical],
  loader: { '.css': 'empty', '.scss': 'empty' },
  tsconfig: path.join(root, 'tsconfig.json'),
  sourcemap: 'inline',
  logLevel: 'warning',
  // Only payload.config.ts reads import.meta.url (to find migrations/ and write types beside itself).
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(root, 'payload.config.ts')).href) },
})

process.setSourceMapsEnabled(true)
process.argv = [process.argv[0], entryPath, ...args]
await import(pathToFileURL(outfile).href)
clearInterval(keepAlive)
