import type { Payload } from 'payload'

type Totals = Map<string, { calls: number; ms: number }>

const OPERATIONS = ['create', 'update', 'find', 'findByID', 'count', 'delete'] as const

/**
 * Counts and times every Local API call by operation and collection (`create posts`), for the
 * bench's account of where an import's time goes. Nested calls (a hook's find inside a create)
 * are counted in both, so the times overlap. Returns a function that prints the table.
 */
export function traceOperations(payload: Payload): () => string {
  const totals: Totals = new Map()
  const target = payload as unknown as Record<string, (args: { collection?: string }) => Promise<unknown>>
  for (const operation of OPERATIONS) {
    const original = target[operation].bind(payload)
    target[operation] = async (args) => {
      const started = performance.now()
      try {
        return await original(args)
      } finally {
        const key = `${operation} ${args?.collection ?? ''}`
        const entry = totals.get(key) ?? { calls: 0, ms: 0 }
        entry.calls++
        entry.ms += performance.now() - started
        totals.set(key, entry)
      }
    }
  }
  return () =>
    ['Local API calls (nested calls counted in both):', 'calls        ms   ms/call  operation']
      .concat(
        [...totals]
          .sort((a, b) => b[1].ms - a[1].ms)
          .map(([key, { calls, ms }]) => `${String(calls).padStart(5)} ${ms.toFixed(0).padStart(9)} ${(ms / calls).toFixed(2).padStart(9)}  ${key}`),
      )
      .join('\n')
}
