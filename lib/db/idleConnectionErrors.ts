import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * pg's pool emits 'error' when a connection it holds idle is cut (PostgreSQL stopped, restarted or
 * killed); with no listener Node treats that as uncaught and the whole web server died with the
 * database. Logged instead: the pool drops that connection and the next query opens a new one.
 */
export function logIdleConnectionErrors(payload: Payload): void {
  const pool = (payload.db as unknown as Partial<Pick<PostgresAdapter, 'pool'>>).pool
  pool?.on('error', (error) => payload.logger.warn(`A database connection was cut while idle (${error.message}); the next query opens a new one.`))
}
