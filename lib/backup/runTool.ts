import { spawn } from 'node:child_process'

import { postgresToolPath, type PostgresTool } from './postgresTools'

/** The last of what a tool wrote to stderr, for the error that names it. */
const TAIL = 4000

/** Runs one PostgreSQL client tool; rejects with its own last words when it fails. */
export function runTool(tool: PostgresTool, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(postgresToolPath(tool), args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-TAIL)
    })
    child.on('error', (error) => reject(new Error(`${tool} could not be started (${postgresToolPath(tool)}): ${error.message}`)))
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`${tool} failed (${signal ?? `exit ${code}`}): ${stderr.trim() || 'it printed nothing'}`))
    })
  })
}
