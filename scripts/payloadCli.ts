/**
 * Runs Payload's own CLI (generate:types, generate:importmap, …) with .env loaded.
 * Commands that need no database get a placeholder URL so they never try to connect.
 */
import { spawnSync } from 'node:child_process'

import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'

const OFFLINE_COMMANDS = new Set(['generate:types', 'generate:importmap', 'generate:db-schema'])

ensureDotEnv(process.cwd())
const [command = 'help', ...rest] = process.argv.slice(2)
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
if (OFFLINE_COMMANDS.has(command) && !env.DATABASE_URL) env.DATABASE_URL = 'postgres://offline@127.0.0.1:1/offline'
const result = spawnSync('payload', [command, ...rest], { stdio: 'inherit', env, shell: false })
process.exit(result.status ?? 1)
