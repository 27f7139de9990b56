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

type LoadOptions = {
  connections?: number
  seconds?: number
  headers?: Record<string, string>
  /** Paths taken in turn, one per request, instead of the url's own (requests for one page at once would share one render). */
  paths?: string[]
}

/** autocannon against one address: `connections` at once for `seconds`, as the figures were taken. */
export async function loadTest(url: string, { connections = 32, seconds = 10, headers = {}, paths }: LoadOptions = {}): Promise<LoadResult> {
  let turn = 0
  const requests: autocannon.Request[] | undefined = paths?.length ? [{ setupRequest: (request) => ({ ...request, path: paths[turn++ % paths.length] }) }] : undefined
  const result = await autocannon({ url, connections, duration: seconds, headers, ...(requests ? { requests } : {}) })
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
