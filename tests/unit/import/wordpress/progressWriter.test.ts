/** Progress lines of an admin import: at most one write per interval, one at a time, the last line always. */
import { describe, expect, it } from 'vitest'

import { progressWriter } from '@/lib/import/wordpress/progressWriter'

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('progressWriter', () => {
  it('writes the first line, then only the newest line once per interval, and the last line on flush', async () => {
    const written: string[] = []
    const writer = progressWriter(async (line) => void written.push(line), (error) => { throw error }, 100)
    writer.push('Reading export.xml…')
    await wait(20)
    for (let post = 1; post <= 5; post++) writer.push(`Post ${post} of 5`)
    // Lines pushed within one interval are skipped, the newest kept for the next write.
    expect(written).toEqual(['Reading export.xml…'])
    await wait(150)
    expect(written).toEqual(['Reading export.xml…', 'Post 5 of 5'])
    writer.push('Redirects from the old addresses…')
    await writer.flush()
    expect(written).toEqual(['Reading export.xml…', 'Post 5 of 5', 'Redirects from the old addresses…'])
    await writer.flush()
    expect(written).toHaveLength(3)
  })

  it('never writes two lines at once, even when a write takes longer than the interval', async () => {
    let inFlight = 0
    let most = 0
    const written: string[] = []
    const writer = progressWriter(async (line) => {
      inFlight++
      most = Math.max(most, inFlight)
      await wait(60)
      written.push(line)
      inFlight--
    }, (error) => { throw error }, 10)
    for (let step = 1; step <= 20; step++) {
      writer.push(`Step ${step}`)
      await wait(5)
    }
    await writer.flush()
    expect(most).toBe(1)
    expect(written.at(-1)).toBe('Step 20')
    expect(written.length).toBeLessThan(20)
  })

  it('reports a failed write and carries on with the next line', async () => {
    const errors: string[] = []
    const written: string[] = []
    const writer = progressWriter(
      async (line) => {
        if (line === 'Post 1 of 2') throw new Error('connection reset')
        written.push(line)
      },
      (error) => errors.push((error as Error).message),
      0,
    )
    writer.push('Post 1 of 2')
    await wait(10)
    writer.push('Post 2 of 2')
    await writer.flush()
    expect(errors).toEqual(['connection reset'])
    expect(written).toEqual(['Post 2 of 2'])
  })
})
