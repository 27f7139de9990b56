/**
 * The SEO group of a post is the official SEO plugin's: its Auto-generate buttons fill the meta
 * title, description and image from the post, its preview shows the search result, and the page
 * carries what was saved.
 */
import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { loginAsAdmin } from './helpers'

const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

test('Auto-generate fills the meta title, description and image from the post, the preview shows the result, and the page uses them', async ({ page, request, baseURL }) => {
  await loginAsAdmin(page)
  const png = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#664422' } }).png().toBuffer()
  const upload = await page.request.post('/api/media', {
    multipart: { file: { name: `seo-hero-${stamp}.png`, mimeType: 'image/png', buffer: png }, _payload: JSON.stringify({ alt: 'A press in a print shop' }) },
  })
  expect(upload.status()).toBe(201)
  const hero = (await upload.json()).doc
  const title = `The scribes’ last stand ${stamp}`
  const excerpt = 'How monks argued that print would never last, and why they were half right.'
  const created = await page.request.post('/api/posts', {
    data: { title, slug: `scribes-last-stand-${stamp}`, excerpt, heroImage: hero.id, content: lexicalDocument(paragraph('The script.')), _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()

  await page.goto(`/admin/collections/posts/${doc.id}`)
  const autoGenerate = page.getByRole('button', { name: 'Auto-generate' })
  await expect(autoGenerate).toHaveCount(3)
  await autoGenerate.nth(0).click()
  await expect(page.locator('#field-meta__title')).toHaveValue(title)
  await autoGenerate.nth(1).click()
  await expect(page.locator('#field-meta__description')).toHaveValue(excerpt)
  await autoGenerate.nth(2).click()
  // Stored under its content-addressed name (collections/Media/hooks/contentAddressedName.ts).
  expect(hero.filename).toMatch(new RegExp(`^seo-hero-${stamp}-[0-9a-f]{8}\\.png$`))
  await expect(page.getByText(hero.filename).first()).toBeVisible()
  // The plugin's search-result preview: the post's public URL, the title and the description.
  await expect(page.getByRole('link', { name: `${baseURL}/posts/scribes-last-stand-${stamp}` })).toBeVisible()
  await expect(page.getByText('Exact result listings may vary based on content and search relevancy.')).toBeVisible()

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/published successfully|Updated successfully/i).first()).toBeVisible()
  const saved = await (await page.request.get(`/api/posts/${doc.id}?depth=0`)).json()
  expect(saved.meta).toEqual({ title, description: excerpt, image: hero.id })

  const html = await (await request.get(`/posts/scribes-last-stand-${stamp}`)).text()
  expect(html).toContain(`<meta property="og:title" content="${title}"/>`)
  expect(html).toContain(`<meta name="description" content="${excerpt}"/>`)
  expect(html).toMatch(new RegExp(`<meta property="og:image" content="[^"]*seo-hero-${stamp}[^"]*"/>`))
})
