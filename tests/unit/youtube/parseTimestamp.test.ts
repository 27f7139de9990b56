import { describe, expect, it } from 'vitest'

import { formatTimestamp, parseClockTime, parseTimestamp } from '@/lib/youtube/parseTimestamp'

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

describe('parseClockTime', () => {
  it.each([
    ['0:00', 0],
    ['9:40', 580],
    ['12:34', 754],
    ['1:02:03', 3723],
    [' 32:14 ', 1934],
  ])('%s → %d seconds', (input, seconds) => expect(parseClockTime(input)).toBe(seconds))

  it.each(['', '12', '1:2', '12:60', '1:60:00', '1:02:3', 'a:bc', '-1:00', null])('%j is not a clock time', (input) =>
    expect(parseClockTime(input)).toBeNull(),
  )
})
