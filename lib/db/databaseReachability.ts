/**
 * Whether this process can reach its database, as its own connections last found: a connection
 * that could not be opened, or an idle one that was cut, marks it unreachable; the next connection
 * opened marks it reachable again. Kept on globalThis: Next's server and the Payload instances in
 * one process load this module more than once.
 */
type Reachability = { unreachableSince: number | null; reason: string | null }

const KEY = Symbol.for('scriptorium.databaseReachability')
const state = ((globalThis as Record<symbol, Reachability | undefined>)[KEY] ??= { unreachableSince: null, reason: null })

export function markUnreachable(error: Error): void {
  state.unreachableSince ??= Date.now()
  state.reason = error.message
}

export function markReachable(): void {
  state.unreachableSince = null
  state.reason = null
}

/** Since when (ms) the database has been out of reach, or null while it answers. */
export const databaseUnreachableSince = (): number | null => state.unreachableSince
