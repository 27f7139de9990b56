import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { transactionDb } from './transactionDb'

type Dates = { createdAt: string; updatedAt: string }

/**
 * Gives an imported post or page the dates it had on WordPress: created when first published,
 * updated when last modified (shown as "Updated …", in feeds and in the sitemap). Payload stamps
 * every save with the current time and offers no way to set timestamps, so the row and its
 * newest version are written directly, inside the import's transaction.
 */
export async function keepWordPressDates(payload: Payload, req: PayloadRequest, collection: 'posts' | 'pages', id: number, dates: Dates): Promise<void> {
  const db = await transactionDb(payload, req)
  const table = sql.identifier(collection)
  const versions = sql.identifier(`_${collection}_v`)
  await db.execute(sql`UPDATE ${table} SET "created_at" = ${dates.createdAt}, "updated_at" = ${dates.updatedAt} WHERE "id" = ${id}`)
  await db.execute(
    sql`UPDATE ${versions} SET "version_created_at" = ${dates.createdAt}, "version_updated_at" = ${dates.updatedAt}, "created_at" = ${dates.createdAt}, "updated_at" = ${dates.updatedAt} WHERE "parent_id" = ${id} AND "latest" = true`,
  )
}
