/**
 * Counts attempts per key in a sliding window, in this process's memory (several instances each
 * count their own until a shared store replaces it). `check` says how long to wait, or 0.
 */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const kept = (this.attempts.get(key) ?? []).filter((at) => now - at < this.windowMs)
    if (kept.length) this.attempts.set(key, kept)
    else this.attempts.delete(key)
    return kept
  }

  /** Seconds until another attempt is allowed for this key; 0 when it is allowed now. */
  retryAfterSeconds(key: string, now = Date.now()): number {
    const recent = this.recent(key, now)
    if (recent.length < this.limit) return 0
    return Math.max(1, Math.ceil((recent[recent.length - this.limit] + this.windowMs - now) / 1000))
  }

  record(key: string, now = Date.now()): void {
    this.attempts.set(key, [...this.recent(key, now), now])
  }
}
