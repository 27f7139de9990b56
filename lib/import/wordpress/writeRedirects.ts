import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { normalizeRedirectFrom, validateRedirectUrl } from '@/lib/redirects/redirectPaths'

import { tally, type ImportReport } from './importReport'
import { transactionDb } from '@/lib/db/transactionDb'

export type RedirectTarget = { type: 'reference'; reference: { relationTo: 'posts' | 'pages'; value: number } } | { type: 'custom'; url: string }
export type PlannedRedirect = { from: string; to: RedirectTarget }

type Stored = { id: number; to: RedirectTarget | null }

const ROWS_PER_INSERT = 5000

const sameTarget = (a: RedirectTarget | null, b: RedirectTarget) =>
  a?.type === b.type && (a.type === 'custom' ? a.url === (b as { url: string }).url : a.reference.relationTo === (b as typeof a).reference.relationTo && a.reference.value === (b as typeof a).reference.value)

/** A stored redirect's target as the import writes it (relationship values as ids). */
function storedTarget(to: { type?: string | null; url?: string | null; reference?: { relationTo: string; value: unknown } | null } | null | undefined): RedirectTarget | null {
  if (to?.type === 'custom' && to.url) return { type: 'custom', url: to.url }
  const reference = to?.reference
  if (to?.type !== 'reference' || !reference || (reference.relationTo !== 'posts' && reference.relationTo !== 'pages')) return null
  const value = typeof reference.value === 'object' && reference.value ? (reference.value as { id: number }).id : (reference.value as number)
  return { type: 'reference', reference: { relationTo: reference.relationTo, value } }
}

/**
 * The import's redirects, one record per address: an address already redirected is pointed at
 * its new target (through Payload, with its hooks, when the target changed), and the new ones are
 * written together, a few statements for thousands of rows, in the import's transaction. A
 * redirect through Payload costs six statements (the site settings twice, the target's slug, the
 * row, its relationship, the row read back) and most of the import's redirect phase.
 *
 * Written directly, the new rows skip the redirects collection's hooks, so its rules are applied
 * here: `from` must be a normalised address (the import's are, from oldAddresses) and a custom
 * target a path or http(s) URL, neither leading to itself. The import never redirects an
 * address a document here owns, so no reference loops back either. The revalidation the hooks
 * would do is dropped for bulk writes anyway, and the import reloads the redirect table once.
 */
export async function writeRedirects(payload: Payload, req: PayloadRequest, planned: PlannedRedirect[], report: ImportReport): Promise<void> {
  const { docs } = await payload.find({ collection: 'redirects', pagination: false, depth: 0, overrideAccess: true, req, select: { from: true, to: true } })
  const stored = new Map<string, Stored>(docs.map((doc) => [doc.from, { id: doc.id, to: storedTarget(doc.to) }]))
  const created = new Map<string, RedirectTarget>()

  for (const { from, to } of planned) {
    const normalized = normalizeRedirectFrom(from)
    if (!normalized.ok || normalized.value !== from) throw new Error(`The redirect from “${from}” is not a normalised address: ${normalized.ok ? normalized.value : normalized.reason}`)
    if (to.type === 'custom') {
      const url = validateRedirectUrl(to.url)
      if (!url.ok) throw new Error(`The redirect from ${from} cannot lead to “${to.url}”: ${url.reason}`)
      if (to.url.replace(/\/+$/, '') === from) throw new Error(`The redirect from ${from} would lead to itself.`)
    }
    const existing = stored.get(from)
    if (existing) {
      if (!sameTarget(existing.to, to)) {
        await payload.update({ collection: 'redirects', id: existing.id, data: { to }, overrideAccess: true, req, context: req.context, select: { from: true } })
        existing.to = to
      }
      tally(report, 'redirects', 'updated')
    } else if (created.has(from)) {
      // Named twice in one import: the later target wins, as a second upsert would have it.
      created.set(from, to)
      tally(report, 'redirects', 'updated')
    } else {
      created.set(from, to)
      tally(report, 'redirects', 'created')
    }
  }
  await insertRedirects(payload, req, [...created].map(([from, to]) => ({ from, to })))
}

/** New redirect rows and their relationship rows, in the import's transaction (see keepWordPressDates.ts). */
async function insertRedirects(payload: Payload, req: PayloadRequest, rows: PlannedRedirect[]): Promise<void> {
  const db = await transactionDb(payload, req)
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT)
    const inserted = await db.execute(sql`
      INSERT INTO "redirects" ("from", "to_type", "to_url")
      SELECT "from", "to_type"::"enum_redirects_to_type", "to_url"
        FROM unnest(${sql.param(chunk.map((row) => row.from))}::varchar[], ${sql.param(chunk.map((row) => row.to.type))}::text[], ${sql.param(chunk.map((row) => (row.to.type === 'custom' ? row.to.url : null)))}::varchar[]) AS "rows"("from", "to_type", "to_url")
      RETURNING "id", "from"`)
    const ids = new Map((inserted.rows as { id: number; from: string }[]).map((row) => [row.from, row.id]))
    const references = chunk.flatMap((row) => (row.to.type === 'reference' ? [{ parent: ids.get(row.from)!, ...row.to.reference }] : []))
    if (!references.length) continue
    await db.execute(sql`
      INSERT INTO "redirects_rels" ("parent_id", "path", "posts_id", "pages_id")
      SELECT "parent_id", 'to.reference', "posts_id", "pages_id"
        FROM unnest(${sql.param(references.map((row) => row.parent))}::integer[], ${sql.param(references.map((row) => (row.relationTo === 'posts' ? row.value : null)))}::integer[], ${sql.param(references.map((row) => (row.relationTo === 'pages' ? row.value : null)))}::integer[]) AS "rows"("parent_id", "posts_id", "pages_id")`)
  }
}
