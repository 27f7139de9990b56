type Queryable = { query: (text: string) => Promise<{ rows: unknown[] }> }

export type Health = { status: 'ok' | 'unavailable'; database: 'reachable' | 'unreachable'; migrations: 'current' | 'pending' | 'unknown'; reason?: string }

/** How long the database may take to answer before the instance counts as unavailable. */
export const HEALTH_TIMEOUT_MS = 2_000

const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())])

/**
 * Whether this instance can serve: the database answers within the timeout and every migration the
 * build carries has been applied (an instance started against an older database would fail on the
 * first read of a new column). For load balancers, through GET /api/health.
 */
export async function checkHealth(db: Queryable, expectedMigrations: string[], timeoutMs = HEALTH_TIMEOUT_MS): Promise<Health> {
  let applied: Set<string>
  try {
    const { rows } = await within(db.query('SELECT "name" FROM "payload_migrations"'), timeoutMs)
    applied = new Set((rows as { name: string }[]).map((row) => row.name))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // The table is missing: the database answers, but no migration ever ran.
    if (/relation "payload_migrations" does not exist/.test(message)) return { status: 'unavailable', database: 'reachable', migrations: 'pending', reason: 'No migration has been applied to this database.' }
    return { status: 'unavailable', database: 'unreachable', migrations: 'unknown', reason: `The database did not answer: ${message}` }
  }
  const pending = expectedMigrations.filter((name) => !applied.has(name))
  if (pending.length) return { status: 'unavailable', database: 'reachable', migrations: 'pending', reason: `Migrations not applied: ${pending.join(', ')}.` }
  return { status: 'ok', database: 'reachable', migrations: 'current' }
}
