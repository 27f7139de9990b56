import type { Payload } from 'payload'

type PoolLike = { on: (event: 'error', listener: (error: Error) => void) => void }

/**
 * payload.destroy() leaves the Postgres pool's idle clients connected. When the database stops
 * they fail with "terminating connection due to administrator command", which would crash the
 * launcher as an unhandled 'error' event. That is the expected end of a connection here.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: PoolLike }).pool
  pool?.on('error', () => {})
  await payload.destroy()
}
