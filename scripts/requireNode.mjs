/**
 * Runs before every npm entry point (`node scripts/requireNode.mjs && …`): an older Node.js stops
 * here with one line instead of failing later inside a dependency. The range is package.json's
 * `engines.node`.
 */
import { readFileSync } from 'node:fs'

import { nodeVersionProblem } from '../lib/runtime/nodeVersionProblem.mjs'

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const problem = nodeVersionProblem(process.versions.node, engines.node)
if (problem) {
  console.error(problem)
  process.exit(1)
}
