import { describe, expect, it } from 'vitest'

import { formatTimestamp, parseTimestamp } from '@/lib/youtube/parseTimestamp'

describe('parseTimestamp', () => {
  it.each([
    ['30', 30],
    ['30s', 30],
    ['1m40', 100],
    ['0m10s', 10],
    ['1h36m17s', 5777],
  ])('%s → %d seconds', (input, seconds) => expect(parseTimestamp(input)).toBe(seconds))

  it.each(['', 'hms', 'invalid', '1x', null, undefined])('%j is not a time', (input) => expect(parseTimestamp(input)).toBeNull())
})

describe('formatTimestamp', () => {
  it.each([
    [0, '0:00'],
    [65, '1:05'],
    [3723, '1:02:03'],
  ])('%d → %s', (seconds, text) => expect(formatTimestamp(seconds)).toBe(text))
})
