import { describe, expect, it } from 'vitest'

import { AttemptLimiter } from '@/lib/security/attemptLimiter'

describe('AttemptLimiter', () => {
  it('allows `limit` attempts per window and says when the next is allowed', () => {
    const limiter = new AttemptLimiter(3, 10_000)
    for (const at of [0, 1_000, 2_000]) {
      expect(limiter.retryAfterSeconds('a', at)).toBe(0)
      limiter.record('a', at)
    }
    // The oldest of the three leaves the window at 10 s.
    expect(limiter.retryAfterSeconds('a', 2_500)).toBe(8)
    expect(limiter.retryAfterSeconds('a', 9_999)).toBe(1)
    expect(limiter.retryAfterSeconds('a', 10_000)).toBe(0)
    // Keys are counted apart.
    expect(limiter.retryAfterSeconds('b', 2_500)).toBe(0)
  })
})
