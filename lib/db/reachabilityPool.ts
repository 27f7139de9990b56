import pg from 'pg'

import { markReachable, markUnreachable } from './databaseReachability'

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void

/**
 * pg's Pool, reporting whether connections open (lib/db/databaseReachability.ts): pg itself emits
 * nothing when a new connection fails, which is how a stopped database shows. Every query of the
 * pool goes through connect(), with a callback (pool.query) or as a promise (transactions).
 */
class ReachabilityPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config)
    // An idle connection cut: the server went away (the pool's own 'error' listener logs it).
    this.on('error', (error) => markUnreachable(error))
  }

  connect(): Promise<pg.PoolClient>
  connect(callback: ConnectCallback): void
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (callback) {
      return super.connect((error, client, done) => {
        if (error) markUnreachable(error)
        else markReachable()
        callback(error, client, done)
      })
    }
    return super.connect().then(
      (client) => {
        markReachable()
        return client
      },
      (error: Error) => {
        markUnreachable(error)
        throw error
      },
    )
  }
}

/** The pg module for Payload's adapter (its `pg` option), with the reporting pool. */
export const reachabilityPg: typeof pg = { ...pg, Pool: ReachabilityPool as typeof pg.Pool }
