/**
 * Integration tests run against a real PostgreSQL: a throwaway embedded cluster, with the
 * committed migrations applied exactly as `npm start` applies them.
 */
import type { TestProject } from 'vitest/node'

import { withDatabase, type Database } from '@/lib/runtime/withDatabase'

import { TEST_SECRET } from './testEnv'

let db: Database | undefined

export async function setup(project: TestProject) {
  db = await withDatabase({ throwaway: true, database: 'scriptorium_test' })
  process.env.PAYLOAD_SECRET = TEST_SECRET
  process.env.SCRIPTORIUM_JOBS_AUTORUN = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  await payload.destroy()
  project.provide('databaseUrl', db.url)
}

export async function teardown() {
  await db?.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}
