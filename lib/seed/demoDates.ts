/**
 * The demo content is dated relative to the day it is seeded, so it is always in the past and
 * recent, whatever the clock says (fixed dates would be future posts before them and stale after).
 */
export type DemoDate = { daysAgo: number; hourUtc: number }

const DAY_MS = 24 * 60 * 60 * 1000

/** `daysAgo` whole days before `now`, at `hourUtc`:00 UTC, as an ISO string. */
export function demoDate({ daysAgo, hourUtc }: DemoDate, now: Date): string {
  const day = new Date(now.getTime() - daysAgo * DAY_MS)
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hourUtc)).toISOString()
}
