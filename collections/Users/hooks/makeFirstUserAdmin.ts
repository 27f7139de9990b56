import { sql } from '@payloadcms/db-postgres'
import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import type { User } from '@/payload-types'
import { transactionDb } from '@/lib/db/transactionDb'

// Any fixed number: the advisory lock all user creations take in turn.
const USER_CREATION_LOCK = 4_271_903

/**
 * The account made on the create-first-user screen owns the site. Creations take one lock for the
 * rest of their transaction, so two first registrations at once cannot both count no users and
 * both become admin: the second waits, sees the first, and is refused (Payload's own check runs
 * before either has written).
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  await (await transactionDb(req.payload, req)).execute(sql`SELECT pg_advisory_xact_lock(${USER_CREATION_LOCK})`)
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, role: 'admin' }
  if (req.url && new URL(req.url, 'http://localhost').pathname.endsWith('/first-register')) throw new Forbidden(req.t)
  return data
}
