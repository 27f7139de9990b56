/**
 * The chain from the admin to the public site: first user, a post with headings, a list, a quote
 * and a link, published and visible; a draft invisible to anonymous readers everywhere.
 */
import { expect, test } from '@playwright/test'

import { loginAsAdmin, richTextEditor } from './helpers'

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)
const published = { title: `Ceci tuera cela ${stamp}`, slug: `ceci-tuera-cela-${stamp}` }
const draft = { title: `Unfinished draft ${stamp}`, slug: `unfinished-draft-${stamp}` }

test('a post written and published in the admin appears on home and on its page', async ({ page, browser }) => {
  await loginAsAdmin(page)
  await page.goto('/admin/collections/posts/create')
  await page.fill('#field-title', published.title)
  const editor = richTextEditor(page)
  await editor.click()
  await page.keyboard.type('## The abbot’s complaint')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Copying was a discipline of attention.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('- parchment lasts')
  await page.keyboard.press('Enter')
  await page.keyboard.type('paper does not')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('> The word written on parchment will last a thousand years.')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Read the ')
  await page.keyboard.type('[full text](https://www.gutenberg.org/ebooks/45988) ')
  // A busy device: the page's main thread is never idle for long, so work the editor leaves for an
  // idle moment waits for its timeout (found under the whole suite's load: Publish sent the text
  // without its last words).
  await page.evaluate(() => {
    setInterval(() => {
      const until = performance.now() + 40
      while (performance.now() < until);
    }, 45)
  })
  await page.keyboard.type('online.')
  // Published at once, as a writer would: whatever autosave is doing, the page gets exactly what was typed.
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/published successfully|Updated successfully/i).first()).toBeVisible()

  const reader = await browser.newContext()
  const anonymous = await reader.newPage()
  await anonymous.goto('/')
  await expect(anonymous.getByRole('link', { name: published.title })).toBeVisible()
  await anonymous.getByRole('link', { name: published.title }).click()
  await expect(anonymous).toHaveURL(new RegExp(`/posts/${published.slug}$`))
  await expect(anonymous.getByRole('heading', { level: 1, name: published.title })).toBeVisible()
  await expect(anonymous.getByRole('heading', { level: 2, name: 'The abbot’s complaint' })).toBeVisible()
  await expect(anonymous.locator('article ul li')).toHaveText(['parchment lasts', 'paper does not'])
  await expect(anonymous.locator('article blockquote')).toContainText('The word written on parchment will last a thousand years.')
  await expect(anonymous.locator('article a[href="https://www.gutenberg.org/ebooks/45988"]')).toHaveText('full text')
  // Up to the last word typed before Publish was clicked.
  await expect(anonymous.locator('article p').filter({ hasText: 'Read the' })).toHaveText('Read the full text online.')
  await expect(anonymous.locator('article time')).toBeVisible()
  await reader.close()
})

test('a saved draft is absent from home, 404 at its URL, and missing from REST and GraphQL', async ({ page, browser }) => {
  await loginAsAdmin(page)
  await page.goto('/admin/collections/posts/create')
  await page.fill('#field-title', draft.title)
  await richTextEditor(page).click()
  await page.keyboard.type('Not ready for readers.')
  // Posts autosave as drafts while the author types; nothing is published.
  await expect(page).toHaveURL(/\/admin\/collections\/posts\/\d+/)
  await expect(page.getByText(/Last saved/)).toBeVisible()
  // The author sees the draft through the API once autosave has written the text; anonymous readers never do.
  await expect
    .poll(async () => JSON.stringify((await (await page.request.get(`/api/posts?where[slug][equals]=${draft.slug}&draft=true`)).json()).docs))
    .toContain('Not ready for readers.')

  const reader = await browser.newContext()
  const anonymous = await reader.newPage()
  await anonymous.goto('/')
  await expect(anonymous.getByRole('link', { name: published.title })).toBeVisible()
  await expect(anonymous.getByText(draft.title)).toHaveCount(0)
  const response = await anonymous.goto(`/posts/${draft.slug}`)
  expect(response?.status()).toBe(404)
  await expect(anonymous.getByRole('heading', { name: 'Page not found' })).toBeVisible()

  const api = reader.request
  for (const query of [`where[slug][equals]=${draft.slug}`, `where[slug][equals]=${draft.slug}&draft=true`, 'limit=100']) {
    const body = await (await api.get(`/api/posts?${query}`)).json()
    expect(body.docs.map((doc: { slug: string }) => doc.slug)).not.toContain(draft.slug)
  }
  const graphql = await api.post('/api/graphql', {
    data: { query: `{ Posts(where: { slug: { equals: "${draft.slug}" } }, draft: true) { docs { slug } } }` },
  })
  expect((await graphql.json()).data.Posts.docs).toEqual([])
  await reader.close()
})
