/** Drafts seen before publishing: draft mode behind a secret, and the admin's live preview. */
import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'
import { parse } from 'dotenv'

import { previewSecret } from '@/lib/preview/previewSecret'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { ADMIN, loginAsAdmin, openLivePreview, richTextEditor } from './helpers'

const stamp = Date.now().toString(36)

test('the preview route refuses a missing or wrong secret and any off-site path', async ({ request }) => {
  const wrong = await request.get('/preview?secret=nope&path=/', { maxRedirects: 0 })
  expect(wrong.status()).toBe(401)
  expect((await wrong.json()).errors[0].message).toBe('Preview needs the secret the admin gives; this link is missing it or it is wrong.')

  // With the real secret (the server's, from its PAYLOAD_SECRET) and a signed-in editor, only site paths open.
  process.env.PAYLOAD_SECRET ??= parse(readFileSync('.env')).PAYLOAD_SECRET
  const secret = previewSecret()
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const post = (await (await request.post('/api/posts?draft=true', { data: { title: `Preview paths ${stamp}`, slug: `preview-paths-${stamp}`, content: lexicalDocument(paragraph('Draft.')), _status: 'draft' } })).json()).doc
  for (const offSite of ['//evil.example', '/\\evil.example', 'https://evil.example', '/\t/evil.example']) {
    const refused = await request.get(`/preview?secret=${secret}&path=${encodeURIComponent(offSite)}`, { maxRedirects: 0 })
    expect(refused.status(), offSite).toBe(400)
    expect((await refused.json()).errors[0].message, offSite).toBe('Preview can only open a page of this site (a path starting with /).')
  }
  const opened = await request.get(`/preview?secret=${secret}&path=${encodeURIComponent(`/posts/preview-paths-${stamp}`)}`, { maxRedirects: 0 })
  expect(opened.status()).toBe(307)
  expect(opened.headers().location).toBe(`/posts/preview-paths-${stamp}`)
  await request.delete(`/api/posts/${post.id}`)
})

test('live preview shows the draft post page beside the editor and follows each save; readers still get 404', async ({ page, browser }) => {
  await loginAsAdmin(page)
  await page.goto('/admin/collections/posts/create')
  const title = `Previewed draft ${stamp}`
  await page.fill('#field-title', title)
  await richTextEditor(page).click()
  await page.keyboard.type('First draft words.')
  await expect(page).toHaveURL(/\/admin\/collections\/posts\/\d+/)
  await expect.poll(async () => JSON.stringify((await (await page.request.get(`/api/posts?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`)).json()).docs)).toContain('First draft words.')
  await page.reload()

  await openLivePreview(page)
  const preview = page.frameLocator('#live-preview-iframe')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.locator('article')).toContainText('First draft words.')
  await expect(preview.getByRole('status').filter({ hasText: 'You are previewing drafts.' })).toBeVisible()

  // Autosave (every 2 s) reaches the preview without a reload.
  await richTextEditor(page).click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Second thoughts.')
  await expect(preview.locator('article')).toContainText('Second thoughts.', { timeout: 15_000 })

  const reader = await browser.newContext()
  const slug = (await (await page.request.get(`/api/posts?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`)).json()).docs[0].slug
  expect((await reader.request.get(`/posts/${slug}`)).status()).toBe(404)
  await reader.close()
})

test('files made from a draft-mode read are never kept by a shared cache; a published post’s are', async ({ page, browser }) => {
  await loginAsAdmin(page)
  const title = `Draft files ${stamp}`
  const created = await page.request.post('/api/posts?draft=true', { data: { title, slug: `draft-files-${stamp}`, content: lexicalDocument(paragraph('Not yet public.')) } })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()).doc as { id: number }
  await page.goto(`/admin/collections/posts/${id}`)
  await openLivePreview(page)
  // The admin's preview address (with its secret), entered in this browser: draft mode on.
  const previewSrc = await page.locator('#live-preview-iframe').getAttribute('src')
  expect(previewSrc).toMatch(/\/preview\?secret=/)
  expect((await page.request.get(previewSrc!)).status()).toBe(200)

  for (const file of ['sources.bib', 'sources.ris', 'sources.json', 'youtube-description.txt']) {
    const response = await page.request.get(`/posts/draft-files-${stamp}/${file}`)
    expect(response.status(), file).toBe(200)
    expect(response.headers()['cache-control'], file).toBe('private, no-store')
  }
  const reader = await browser.newContext()
  expect((await reader.request.get(`/posts/draft-files-${stamp}/sources.bib`)).status()).toBe(404)
  const published = await reader.request.get('/posts/this-will-kill-that-how-print-frightened-the-scribes/sources.bib')
  expect(published.headers()['cache-control']).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=60')
  await reader.close()
  await page.request.delete(`/api/posts/${id}`)
})

test('preview needs a signed-in editor: the link alone is refused, and a deleted editor’s browser sees no drafts', async ({ page, browser }) => {
  await loginAsAdmin(page)
  const slug = `editor-preview-${stamp}`
  const created = await page.request.post('/api/posts?draft=true', { data: { title: `Editor preview ${stamp}`, slug, content: lexicalDocument(paragraph('Only for editors.')) } })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()).doc as { id: number }
  await page.goto(`/admin/collections/posts/${id}`)
  await openLivePreview(page)
  const previewSrc = (await page.locator('#live-preview-iframe').getAttribute('src'))!
  expect(previewSrc).toMatch(/\/preview\?secret=/)

  // The link alone, in a browser nobody is signed in to.
  const stranger = await browser.newContext()
  const refused = await stranger.request.get(previewSrc, { maxRedirects: 0 })
  expect(refused.status()).toBe(401)
  expect((await refused.json()).errors[0].message).toBe('Preview is for editors signed in to the admin: sign in at /admin, then open the preview again.')
  await stranger.close()

  // An editor previews the draft, then their account is deleted: the same browser, draft-mode cookie and all, sees what readers see.
  const editor = { name: 'Previewing Editor', email: `previewer-${stamp}@example.com`, password: 'a-previewing-password-0123', role: 'editor' }
  const account = await page.request.post('/api/users', { data: editor })
  expect(account.status()).toBe(201)
  const editorContext = await browser.newContext()
  expect((await editorContext.request.post('/api/users/login', { data: { email: editor.email, password: editor.password } })).status()).toBe(200)
  const entered = await editorContext.request.get(previewSrc)
  expect(entered.status()).toBe(200)
  expect(await entered.text()).toContain('Only for editors.')
  expect((await page.request.delete(`/api/users/${(await account.json()).doc.id}`)).status()).toBe(200)
  expect((await editorContext.request.get(`/posts/${slug}`)).status()).toBe(404)
  await editorContext.close()
  await page.request.delete(`/api/posts/${id}`)
})
