/**
 * A year of more than a hundred posts is split into pages of the archive (at 10,000 posts a year
 * was a 204 KB page), each cached, and a new post in that year shows on each page it shifts.
 */
import { expect, test } from '@playwright/test'

import { ADMIN } from './helpers'

// A year no other test publishes in, after reading.e2e's oldest posts (2001), which its last home page shows.
const YEAR = '2002'
const stamp = Date.now().toString(36)
const paragraph = (text: string) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }] },
})
/** The n-th post of the year, n from 0: one a day from 1 January, noon UTC. */
const dateOf = (n: number) => new Date(Date.UTC(Number(YEAR), 0, 1 + n, 12)).toISOString()

test('a busy year pages through its posts a hundred at a time, and a new post shifts them on the next request', async ({ page, request, browser }) => {
  test.setTimeout(180_000)
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const ids: number[] = []
  for (let n = 0; n < 101; n++) {
    const response = await request.post('/api/posts', { data: { title: `Busy ${n} ${stamp}`, content: paragraph('Busy.'), publishedAt: dateOf(n), _status: 'published' } })
    expect(response.status(), `post ${n}`).toBe(201)
    ids.push((await response.json()).doc.id)
  }

  try {
    await page.goto(`/archive/${YEAR}`)
    const year = page.getByRole('region', { name: YEAR })
    await expect(year.getByRole('link', { name: new RegExp(`^Busy \\d+ ${stamp}$`) })).toHaveCount(100)
    await expect(year.getByRole('link').first()).toHaveText(`Busy 100 ${stamp}`)
    const pages = page.getByRole('navigation', { name: `Pages of ${YEAR}` })
    await expect(pages).toContainText('Page 1 of 2')
    await pages.getByRole('link', { name: 'Older scripts →' }).click()
    await expect(page).toHaveURL(new RegExp(`/archive/${YEAR}/page/2$`))
    await expect(page).toHaveTitle(new RegExp(`^Archive: ${YEAR}, page 2`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Archive: ${YEAR}`)
    await expect(year.getByRole('region', { name: 'January' }).getByRole('link')).toHaveText([`Busy 0 ${stamp}`])
    await expect(pages.getByRole('link', { name: '← Newer scripts' })).toHaveAttribute('href', `/archive/${YEAR}`)

    // Page 1 by number is the year's own address (one Location header); past the last page is not a page.
    const first = await request.get(`/archive/${YEAR}/page/1`, { maxRedirects: 0 })
    expect({ status: first.status(), locations: first.headersArray().filter(({ name }) => name.toLowerCase() === 'location').map(({ value }) => value) }).toEqual({ status: 308, locations: [`/archive/${YEAR}`] })
    expect((await request.get(`/archive/${YEAR}/page/3`)).status()).toBe(404)

    // Cached as a reader sees it, then a newer post in that year moves post 1 onto page 2.
    const reader = await browser.newContext()
    const readPage2 = async () => (await reader.request.get(`/archive/${YEAR}/page/2`)).text()
    await readPage2()
    expect(await readPage2()).not.toContain(`Busy 1 ${stamp}<`)
    const newest = await request.post('/api/posts', { data: { title: `Busy newest ${stamp}`, content: paragraph('Busy.'), publishedAt: `${YEAR}-12-31T12:00:00.000Z`, _status: 'published' } })
    expect(newest.status()).toBe(201)
    const page2 = await readPage2()
    expect(page2).toContain(`Busy 1 ${stamp}<`)
    expect(page2).toContain(`Busy 0 ${stamp}<`)
    expect(await (await reader.request.get(`/archive/${YEAR}`)).text()).toContain(`Busy newest ${stamp}<`)

    // Deleted again: page 2 is back to the oldest post alone.
    expect((await request.delete(`/api/posts/${(await newest.json()).doc.id}`)).status()).toBe(200)
    const after = await readPage2()
    expect(after).not.toContain(`Busy 1 ${stamp}<`)
    expect(after).toContain(`Busy 0 ${stamp}<`)
    await reader.close()
  } finally {
    // The year's posts go, even after a failure, so the archive and home's last pages are as other tests expect them.
    for (const id of ids) expect((await request.delete(`/api/posts/${id}`)).status()).toBe(200)
  }
})
