import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { transactionDb } from '@/lib/db/transactionDb'
import { publicSqlCondition } from '@/lib/publishing/publicRule'

type Batch = { ids: Set<number>; counts: Promise<Map<number, number>> }

// One batch per request at a time: the sources a list (or a validation) reads together are counted together.
const batches = new WeakMap<PayloadRequest, Batch>()

/**
 * How many public posts cite a source or list it in their SOURCES (the posts' `citedSources`).
 * Asked for each source a read returns, it is answered for all of that read's sources by one
 * grouped statement, run once the read's hooks have all asked (a list of 100 sources made 100
 * counts). In the request's transaction, so a save sees its own rows.
 */
export function countCitingPostsBatched(payload: Payload, req: PayloadRequest, sourceId: number): Promise<number> {
  let batch = batches.get(req)
  if (!batch) {
    const ids = new Set<number>()
    const counts = new Promise<Map<number, number>>((resolve, reject) => {
      // After every hook of the read now under way has asked: a macrotask, once the microtasks are drained.
      setImmediate(() => {
        batches.delete(req)
        citingPostCounts(payload, req, [...ids]).then(resolve, reject)
      })
    })
    batch = { ids, counts }
    batches.set(req, batch)
  }
  batch.ids.add(sourceId)
  return batch.counts.then((counts) => counts.get(sourceId) ?? 0)
}

async function citingPostCounts(payload: Payload, req: PayloadRequest, ids: number[]): Promise<Map<number, number>> {
  const db = await transactionDb(payload, req)
  const { rows } = await db.execute(sql`
    SELECT r."sources_id" AS "source", count(DISTINCT p."id")::int AS "posts"
    FROM "posts_rels" r JOIN "posts" p ON p."id" = r."parent_id"
    WHERE r."path" = 'citedSources' AND r."sources_id" IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) AND ${sql.raw(publicSqlCondition('p'))}
    GROUP BY r."sources_id"`)
  return new Map((rows as { source: number; posts: number }[]).map((row) => [Number(row.source), Number(row.posts)]))
}
