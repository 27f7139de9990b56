import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { generateWordPressExport } from '@/lib/bench/generateWordPressExport'

const folder = mkdtempSync(path.join(os.tmpdir(), 'bench-export-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The publication dates (GMT) of the posts in a generated export, in file order. */
async function postDates(posts: number): Promise<Date[]> {
  const file = path.join(folder, `export-${posts}.xml`)
  await generateWordPressExport({ file, imageOrigin: 'http://127.0.0.1:9', posts, seed: 1 })
  const xml = readFileSync(file, 'utf8')
  return [...xml.matchAll(/<item>[\s\S]*?<wp:post_date_gmt><!\[CDATA\[([^\]]+)\]\]><\/wp:post_date_gmt>[\s\S]*?<wp:post_type><!\[CDATA\[post\]\]><\/wp:post_type>/g)].map(
    (match) => new Date(`${match[1].replace(' ', 'T')}Z`),
  )
}

describe('the bench’s generated export', () => {
  it('dates every post in the past, oldest first, the newest at the end of 2025, however many there are', async () => {
    for (const posts of [3, 4000]) {
      const dates = await postDates(posts)
      expect(dates).toHaveLength(posts)
      expect(dates.every((date, index) => index === 0 || date > dates[index - 1])).toBe(true)
      expect(dates[0].getTime()).toBeGreaterThanOrEqual(Date.UTC(2000, 0, 1))
      expect(dates.at(-1)!.getTime()).toBeLessThanOrEqual(Date.UTC(2025, 11, 31, 23, 59, 59))
    }
  }, 120_000)
})
