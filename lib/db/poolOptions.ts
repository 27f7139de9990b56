import type { PoolConfig } from 'pg'

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/**
 * Bounds on every connection of the app's pool, so a database that stops answering is an error the
 * site can report (a 503, /api/health) instead of requests that wait forever: a new connection
 * within 5 s, a statement within 5 minutes (a runaway query; migrations and imports stay well
 * under), and a transaction left idle is ended after 10 minutes (an import's transaction pauses
 * while it fetches images, never that long).
 */
export function databasePoolOptions(connectionString: string): PoolConfig {
  return {
    connectionString,
    connectionTimeoutMillis: number('DATABASE_CONNECT_TIMEOUT_MS', 5_000),
    statement_timeout: number('DATABASE_STATEMENT_TIMEOUT_MS', 5 * 60_000),
    idle_in_transaction_session_timeout: number('DATABASE_IDLE_TRANSACTION_TIMEOUT_MS', 10 * 60_000),
  }
}
