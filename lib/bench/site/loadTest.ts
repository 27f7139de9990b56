import autocannon from 'autocannon'

export type LoadResult = {
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  /** Responses that were not 2xx or 304. */
  non2xx: number
  bytesPerResponse: number
}

/** autocannon against one address: `connections` at once for `seconds`, as the figures were taken. */
export async function loadTest(url: string, { connections = 32, seconds = 10, headers = {} }: { connections?: number; seconds?: number; headers?: Record<string, string> } = {}): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds, headers })
  const responses = Math.max(1, result.requests.total)
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.throughput.total / responses,
  }
}
