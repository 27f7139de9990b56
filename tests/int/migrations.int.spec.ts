/**
 * The schema check CI relies on: the collections and globals must match the latest committed
 * migration snapshot, i.e. `npm run migrate:create -- --skip-empty` would write nothing.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

describe('committed migrations', () => {
  it('cover every collection and global (no schema change without a migration)', async () => {
    const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown; migrationDir: string }
    const kit = db.requireDrizzleKit()
    const snapshots = readdirSync(db.migrationDir).filter((file) => file.endsWith('.json')).sort()
    expect(snapshots.length).toBeGreaterThan(0)
    const latest = JSON.parse(readFileSync(path.join(db.migrationDir, snapshots.at(-1)!), 'utf8'))
    const current = await kit.generateDrizzleJson(db.schema)
    const statements = await kit.generateMigration(latest, current)
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
