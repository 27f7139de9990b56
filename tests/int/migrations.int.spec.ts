/**
 * The schema check CI relies on: the collections and globals must match the latest committed
 * migration snapshot, i.e. `npm run migrate:create -- --skip-empty` would write nothing.
 */
import { readdirSync } from 'node:fs'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { pendingSchemaChanges } from '@/lib/db/pendingSchemaChanges'

import { testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('committed migrations', () => {
  it('cover every collection and global (no schema change without a migration)', async () => {
    const statements = await pendingSchemaChanges(payload)
    expect(statements, 'Schema changed without a migration: run `npm run migrate:create -- <name>` and commit it').toEqual([])
  })

  it('are all applied to the test database', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, overrideAccess: true })
    const applied = docs.map((doc) => doc.name)
    const files = readdirSync(payload.db.migrationDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''))
    expect(applied).toEqual(expect.arrayContaining(files))
    expect(docs.every((doc) => doc.batch !== -1)).toBe(true)
  })
})
