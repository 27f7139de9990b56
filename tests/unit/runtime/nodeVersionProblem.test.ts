import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { nodeVersionProblem } from '@/lib/runtime/nodeVersionProblem.mjs'

const root = path.resolve(import.meta.dirname, '../../..')
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string }; scripts: Record<string, string> }

describe('nodeVersionProblem', () => {
  it('accepts the versions the range allows', () => {
    expect(nodeVersionProblem('24.22.3', '>=22.12')).toBeNull()
    expect(nodeVersionProblem('22.12.0', '>=22.12')).toBeNull()
    expect(nodeVersionProblem('v23.0.0', '>=22.12')).toBeNull()
    expect(nodeVersionProblem('26.1.0', '>=22.12')).toBeNull()
  })

  it('refuses older ones in one line naming the version found, the version needed and where to get it', () => {
    expect(nodeVersionProblem('20.20.2', '>=22.12')).toBe(
      'Scriptorium needs Node.js >=22.12 (Node.js 24 LTS recommended) but this is Node.js v20.20.2. ' +
        'Get Node.js 24 from https://nodejs.org/ (or `nvm install`, which reads .nvmrc; on Linux x64 `. scripts/use-node.sh`).',
    )
    expect(nodeVersionProblem('22.11.9', '>=22.12')).toMatch(/^Scriptorium needs Node.js >=22.12 .* this is Node.js v22.11.9\./)
    expect(nodeVersionProblem('18.20.8', '>=22.12')).not.toContain('\n')
  })

  it('rejects a range it cannot read instead of letting every Node through', () => {
    expect(() => nodeVersionProblem('24.0.0', '^22')).toThrow('package.json engines.node must be of the form ">=major.minor" (got "^22")')
  })
})

describe('package.json', () => {
  it('needs Node 22.12 or newer and pins 24 in .nvmrc', () => {
    expect(packageJson.engines.node).toBe('>=22.12')
    expect(readFileSync(path.join(root, '.nvmrc'), 'utf8').trim()).toBe('24')
  })

  it('checks the Node version first in every npm entry point', () => {
    // A new script joins this list, and the check.
    expect(Object.keys(packageJson.scripts).sort()).toEqual(
      ['backup', 'bench', 'bench:import', 'build', 'db', 'db:move-embedded', 'dev', 'generate:importmap', 'generate:types', 'import:wordpress', 'lint', 'loadtest', 'migrate', 'migrate:create', 'postinstall', 'restore', 'seed', 'start', 'test', 'test:e2e', 'test:int', 'test:unit', 'typecheck'].sort(),
    )
    for (const [name, command] of Object.entries(packageJson.scripts)) expect(command, `npm run ${name}`).toMatch(/^node scripts\/requireNode\.mjs && /)
  })

  it('scripts/requireNode.mjs lets this Node through (the tests run on a supported one)', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/requireNode.mjs')], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})

// `.ci/run` names the machine's own Node here when it is older than 24 (it then installs 24).
const olderNode = process.env.SCRIPTORIUM_OLDER_NODE
describe.skipIf(!olderNode)(`npm start on an older Node (${olderNode ?? 'SCRIPTORIUM_OLDER_NODE not set: skipped'})`, () => {
  it('stops before doing anything, with the one-line message', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scriptorium-old-node-'))
    const older = spawnSync(olderNode!, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim()
    const run = spawnSync('npm', ['start'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${path.dirname(olderNode!)}:${process.env.PATH}`, SCRIPTORIUM_DATA_DIR: path.join(dataDir, 'data'), npm_config_nodedir: '' },
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`Scriptorium needs Node.js >=22.12 (Node.js 24 LTS recommended) but this is Node.js v${older}.`)
    expect(existsSync(path.join(dataDir, 'data'))).toBe(false)
    rmSync(dataDir, { recursive: true, force: true })
  })
})
