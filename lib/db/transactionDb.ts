import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

/** The Drizzle handle of the request's transaction, or the adapter's own outside one: for the few statements written directly (the import's dates and redirects, locks). */
export async function transactionDb(payload: Payload, req: PayloadRequest) {
  const adapter = payload.db as unknown as PostgresAdapter
  return (req.transactionID !== undefined && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
}
