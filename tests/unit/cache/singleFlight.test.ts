import { describe, expect, it } from 'vitest'

import { intervalOf } from '@/lib/cache/cached'
import { singleFlight } from '@/lib/cache/singleFlight'

describe('one production per key at a time', () => {
  it('gives callers that come while it runs the same promise, and runs again once it has settled', async () => {
    let runs = 0
    let finish: (value: string) => void = () => {}
    const work = () => {
      runs++
      return new Promise<string>((resolve) => (finish = resolve))
    }
    const first = singleFlight('feed', work)
    const second = singleFlight('feed', work)
    expect(second).toBe(first)
    expect(runs).toBe(1)
    finish('body 1')
    expect(await Promise.all([first, second])).toEqual(['body 1', 'body 1'])

    const third = singleFlight('feed', work)
    expect(runs).toBe(2)
    finish('body 2')
    expect(await third).toBe('body 2')
  })

  it('keeps keys apart and lets a failure reach every waiting caller, then tries again', async () => {
    let runs = 0
    const failing = () => {
      runs++
      return Promise.reject(new Error('database down'))
    }
    const [a, b] = [singleFlight('sitemap', failing), singleFlight('sitemap', failing)]
    const other = singleFlight('channels', async () => 'channels')
    await expect(a).rejects.toThrow('database down')
    await expect(b).rejects.toThrow('database down')
    expect(await other).toBe('channels')
    expect(runs).toBe(1)
    await expect(singleFlight('sitemap', failing)).rejects.toThrow('database down')
    expect(runs).toBe(2)
  })
})

describe('the interval in a cached body’s key', () => {
  it('is the same within a minute and the next one from its first millisecond', () => {
    const start = Date.UTC(2026, 11, 2, 8, 0, 0)
    expect(intervalOf(start)).toBe(intervalOf(start + 59_999))
    expect(intervalOf(start + 60_000)).toBe(intervalOf(start) + 1)
  })
})
