import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { transactionDb } from '@/lib/db/transactionDb'

type Dates = { createdAt: string; updatedAt: string }

/**
 * Gives an imported post or page the dates it had on WordPress: created when first published,
 * updated when last modified (shown as "Updated …", in feeds and in the sitemap). A create keeps
 * the dates it is given (importItems passes them), but an update and every version are stamped
 * with the current time, so those rows are written directly, inside the import's transaction.
 * `row: false` leaves the document's own row alone: rewriting a post's row recomputes its search
 * vector and re-indexes its words (~6 ms of PostgreSQL for 6,000 words).
 */
export async function keepWordPressDates(payload: Payload, req: PayloadRequest, collection: 'posts' | 'pages', id: number, dates: Dates, { row }: { row: boolean }): Promise<void> {
  const db = await transactionDb(payload, req)
  const table = sql.identifier(collection)
  const versions = sql.identifier(`_${collection}_v`)
  if (row) await db.execute(sql`UPDATE ${table} SET "created_at" = ${dates.createdAt}, "updated_at" = ${dates.updatedAt} WHERE "id" = ${id}`)
  await db.execute(
    sql`UPDATE ${versions} SET "version_created_at" = ${dates.createdAt}, "version_updated_at" = ${dates.updatedAt}, "created_at" = ${dates.createdAt}, "updated_at" = ${dates.updatedAt} WHERE "parent_id" = ${id} AND "latest" = true`,
  )
}
