/**
 * Whether this Node.js can run Scriptorium. Plain JavaScript so that any Node.js can load it
 * (scripts/requireNode.mjs runs it before every npm entry point).
 */

/** The problem with running on `found` (e.g. "20.20.2") when `range` (">=22.12") is needed, or null. */
export function nodeVersionProblem(found, range) {
  const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim())
  if (!match) throw new Error(`package.json engines.node must be of the form ">=major.minor" (got "${range}")`)
  const needed = match.slice(1).map((part) => Number(part ?? 0))
  const have = found.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0)
  for (let index = 0; index < 3; index++) {
    if ((have[index] ?? 0) > needed[index]) return null
    if ((have[index] ?? 0) < needed[index]) {
      return (
        `Scriptorium needs Node.js ${range.replace(/\s+/g, '')} (Node.js 24 LTS recommended) but this is Node.js v${found.replace(/^v/, '')}. ` +
        'Get Node.js 24 from https://nodejs.org/ (or `nvm install`, which reads .nvmrc; on Linux x64 `. scripts/use-node.sh`).'
      )
    }
  }
  return null
}
