/**
 * The demo content is dated back from the day the e2e server seeded it (lib/seed/demoDates.ts), so
 * tests read a demo document's date from the API and write the expected text from it themselves.
 */
import { expect, type APIRequestContext } from '@playwright/test'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAY_MS = 24 * 60 * 60 * 1000

export type DemoDate = { iso: string; year: string; month: string; day: number }

/** A demo post's or video's publishedAt, checked to be `daysAgo` days back at `hourUtc` (the seed may have run the day before). */
export async function demoPublishedAt(request: APIRequestContext, collection: 'posts' | 'videos', slug: string, daysAgo: number, hourUtc: number): Promise<DemoDate> {
  const response = await request.get(`/api/${collection}?where[slug][equals]=${slug}&depth=0&limit=1`)
  expect(response.status()).toBe(200)
  const iso = (await response.json()).docs[0]?.publishedAt as string
  const date = new Date(iso)
  expect(date.getUTCHours(), iso).toBe(hourUtc)
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate())
  const days = Math.round((today - Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())) / DAY_MS)
  expect([daysAgo, daysAgo + 1], iso).toContain(days)
  return { iso, year: String(date.getUTCFullYear()), month: MONTHS[date.getUTCMonth()], day: date.getUTCDate() }
}
