import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { CACHE_TAGS } from './cacheTags'

/**
 * When a change last dropped the feeds from the cache. A feed's Last-Modified is its newest post's
 * date, which moves backwards when that post leaves the feed (deleted, unpublished, re-tagged): a
 * reader asking If-Modified-Since would be told 304 for a feed that changed. The feeds' date is
 * never older than this mark, kept in Payload's key-value store so every instance reads the same.
 */
const KEY = 'feeds:changed-at'

const dropsFeeds = (tag: string) => tag === CACHE_TAGS.everything || tag === CACHE_TAGS.siteFeeds || tag === CACHE_TAGS.allTermFeeds || tag.startsWith('feeds:')

/**
 * Marks the feeds changed now when `tags` drop any of them. One statement, not `payload.kv.set`:
 * Payload's upsert reads and then creates, so the first changes saved at the same moment both
 * created the key and all but one failed on its unique index (with the save that made them). The
 * mark only moves forward: an instance whose clock is behind cannot date the feeds back.
 */
export async function markFeedsChanged(payload: Payload, tags: readonly string[]): Promise<void> {
  if (!tags.some(dropsFeeds)) return
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const mark = JSON.stringify({ at: Date.now() })
  try {
    await db.execute(sql`
      INSERT INTO "payload_kv" ("key", "data") VALUES (${KEY}, ${mark}::jsonb)
      ON CONFLICT ("key") DO UPDATE SET "data" = EXCLUDED."data"
      WHERE ("payload_kv"."data"->>'at')::bigint IS NULL OR ("payload_kv"."data"->>'at')::bigint < (EXCLUDED."data"->>'at')::bigint`)
  } catch (error) {
    throw new Error(`Could not mark the feeds changed (${KEY} in Payload's key-value store): ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
}

/** The last time a change dropped the feeds (ms), or 0. */
export async function feedsChangedAt(payload: Payload): Promise<number> {
  return (await payload.kv.get<{ at: number }>(KEY))?.at ?? 0
}
