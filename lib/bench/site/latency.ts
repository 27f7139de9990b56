export type LatencyResult = { requests: number; p50: number; p95: number; max: number; non2xx: number; statuses: Record<number, number> }

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0

/**
 * One reader at a time for `seconds`: each request's time to its last byte, in milliseconds, as
 * p50 and p95 (autocannon reports no p95, and under 32 connections a latency is mostly queueing).
 */
export async function sequentialLatency(url: string, { seconds, headers = {} }: { seconds: number; headers?: Record<string, string> }): Promise<LatencyResult> {
  const times: number[] = []
  let non2xx = 0
  const statuses: Record<number, number> = {}
  const end = performance.now() + seconds * 1000
  while (performance.now() < end) {
    const started = performance.now()
    const response = await fetch(url, { headers, redirect: 'manual' })
    await response.arrayBuffer()
    times.push(performance.now() - started)
    if (response.status < 200 || response.status >= 300) non2xx++
    statuses[response.status] = (statuses[response.status] ?? 0) + 1
  }
  const sorted = [...times].sort((a, b) => a - b)
  return { requests: times.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1] ?? 0, non2xx, statuses }
}
