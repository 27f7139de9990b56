/**
 * Integration tests run against a real PostgreSQL: a throwaway embedded cluster for the whole run.
 * Each test file applies the committed migrations through `testPayload()` (a no-op once applied).
 */
import type { TestProject } from 'vitest/node'

import { withDatabase, type Database } from '@/lib/runtime/withDatabase'

let db: Database | undefined

export async function setup(project: TestProject) {
  db = await withDatabase({ throwaway: true, database: 'scriptorium_test' })
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
