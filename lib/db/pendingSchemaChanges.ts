import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}
type DrizzleAdapter = { requireDrizzleKit: () => DrizzleKit; schema: unknown; migrationDir: string }

/**
 * The SQL a new migration would contain: the difference between the collections/globals and the
 * latest committed migration snapshot (what `payload migrate:create` compares). Empty when the
 * committed migrations cover the schema.
 */
export async function pendingSchemaChanges(payload: Payload): Promise<string[]> {
  const db = payload.db as unknown as DrizzleAdapter
  const kit = db.requireDrizzleKit()
  const snapshots = readdirSync(db.migrationDir).filter((file) => file.endsWith('.json')).sort()
  const latest = snapshots.at(-1)
  if (!latest) throw new Error(`No migration snapshot in ${db.migrationDir}: run npm run migrate:create -- initial`)
  const before = JSON.parse(readFileSync(path.join(db.migrationDir, latest), 'utf8'))
  const after = await kit.generateDrizzleJson(db.schema)
  return kit.generateMigration(before, after)
}
