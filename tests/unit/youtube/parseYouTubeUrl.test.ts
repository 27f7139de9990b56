import { describe, expect, it } from 'vitest'

import { parseYouTubeUrl } from '@/lib/youtube/parseYouTubeUrl'
import { readSharedFixture } from '@/tests/helpers/sharedFixtures'

type Case = { url: string; id: string | null; start: number | null; expect: 'accept' | 'reject' | 'lenient'; kind: string; note?: string }

const raw = readSharedFixture('youtube-urls.json')
const cases: Case[] = raw ? JSON.parse(raw).cases : []

describe.skipIf(!raw)('parseYouTubeUrl over ../shared/fixtures/youtube-urls.json', () => {
  it('has the 117 cases the fixture promises', () => {
    expect(cases).toHaveLength(117)
  })

  it.each(cases.filter((c) => c.expect === 'accept').map((c) => [c.url, c] as const))('accepts %j', (_url, c) => {
    expect(parseYouTubeUrl(c.url)).toEqual({ ok: true, id: c.id, start: c.start })
  })

  it.each(cases.filter((c) => c.expect === 'reject').map((c) => [c.url, c] as const))('rejects %j with a reason', (_url, c) => {
    const result = parseYouTubeUrl(c.url)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(10)
  })

  it.each(cases.filter((c) => c.expect === 'lenient').map((c) => [c.url, c] as const))('lenient %j: rejected, or the right id and start', (_url, c) => {
    const result = parseYouTubeUrl(c.url)
    if (result.ok) expect(result).toEqual({ ok: true, id: c.id, start: c.start })
  })
})

describe('parseYouTubeUrl (own cases)', () => {
  it('keeps the first v parameter and an h/m/s start time', () => {
    expect(parseYouTubeUrl('https://www.youtube.com/watch?v=Pr1ntPr3ssA&t=1h2m3s')).toEqual({ ok: true, id: 'Pr1ntPr3ssA', start: 3723 })
  })
  it('explains an empty field', () => {
    expect(parseYouTubeUrl('  ')).toEqual({ ok: false, reason: 'Enter the video’s YouTube URL.' })
  })
  it('refuses a channel page', () => {
    const result = parseYouTubeUrl('https://www.youtube.com/@scriptorium-essays')
    expect(result.ok).toBe(false)
  })
})
