/**
 * Runs Payload's own CLI (generate:types, generate:importmap, …) with .env loaded.
 * Commands that need no database get a placeholder URL so they never try to connect.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'

const OFFLINE_COMMANDS = new Set(['generate:types', 'generate:importmap', 'generate:db-schema'])

ensureDotEnv(process.cwd())
const [command = 'help', ...rest] = process.argv.slice(2)
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
if (OFFLINE_COMMANDS.has(command) && !env.DATABASE_URL) env.DATABASE_URL = 'postgres://offline@127.0.0.1:1/offline'
const bin = path.join(process.cwd(), 'node_modules', '.bin', 'payload')
const result = spawnSync(bin, [command, ...rest], { stdio: 'inherit', env, shell: false })
if (result.error) console.error(`Could not run ${bin}: ${result.error.message}`)
process.exit(result.status ?? 1)
