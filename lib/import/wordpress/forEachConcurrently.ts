/**
 * Runs `task` on every item, at most `limit` at a time, started in order; resolves when all have
 * finished, or rejects with the first failure once the running ones have settled. Once `signal`
 * is aborted no further item is started.
 */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0
  let failure: { error: unknown } | null = null
  const worker = async () => {
    while (next < items.length && !failure && !signal?.aborted) {
      const index = next++
      try {
        await task(items[index], index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw (failure as { error: unknown }).error
}
