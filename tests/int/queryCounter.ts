import type { Payload } from 'payload'

type Pool = { query: (...args: unknown[]) => unknown; connect: (...args: unknown[]) => unknown }

/**
 * Counts the SQL statements Payload's PostgreSQL pool runs while `work` does, by wrapping the
 * pool's `query` (drizzle sends every statement outside a transaction through it). Returns the
 * statements' text, so a failing count shows what ran.
 */
export async function countQueries<T>(payload: Payload, work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const original = pool.query
  const statements: string[] = []
  pool.query = function (this: Pool, ...args: unknown[]) {
    const query = args[0] as string | { text?: string }
    statements.push(typeof query === 'string' ? query : (query.text ?? ''))
    return original.apply(this, args)
  }
  try {
    return { result: await work(), statements }
  } finally {
    pool.query = original
  }
}
