const running = new Map<string, Promise<unknown>>()

/**
 * One call of `work` at a time per key in this process: callers that come while it runs get its
 * promise (its value or its error); the next call after it settles runs `work` again.
 */
export function singleFlight<T>(key: string, work: () => Promise<T>): Promise<T> {
  const current = running.get(key) as Promise<T> | undefined
  if (current) return current
  const started = work().finally(() => running.delete(key))
  running.set(key, started)
  return started
}
