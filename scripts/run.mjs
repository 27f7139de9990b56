/**
 * Runs a TypeScript entry point: `node scripts/run.mjs scripts/start.ts [args…]`.
 *
 * tsx loads modules on a loader thread. While the main thread waits for it, Node can find its
 * event loop idle and exit mid-start-up (code 13, "unsettled top-level await"), which made
 * `npm start` end silently now and then. A timer keeps the loop alive until the entry point has
 * finished loading and its top-level work is done.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const keepAlive = setInterval(() => {}, 1 << 30)
const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('Usage: node scripts/run.mjs <script.ts> [args…]')
  process.exit(2)
}
process.argv = [process.argv[0], path.resolve(entry), ...args]
const { register } = await import('tsx/esm/api')
register()
await import(pathToFileURL(path.resolve(entry)).href)
clearInterval(keepAlive)
