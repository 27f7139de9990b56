/**
 * Import from WordPress in the admin, as an admin does it: upload an export of our own (no
 * images: nothing is downloaded), read the dry run's report, confirm, follow the progress, read
 * the final report; the imported post is public at its new address and its old WordPress address
 * answers 301. An editor gets neither the link nor the view.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { ADMIN, loginAsAdmin } from './helpers'

const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const SLUG = `letterpress-returns-${stamp}`
const FILLERS = 24
// WordPress ids of this run's own: its redirects (/?p=<id>, /?cat=<id>) are new, whatever another file or run imported.
const WP_IDS = 1_000_000 + Math.floor(Math.random() * 9_000_000) * 100

/** A blog of one script (in a category) and 24 short posts: enough that the import takes a few seconds. */
function exportFile(): string {
  const item = (id: number, title: string, slug: string, text: string, category = '') => `
    <item><title><![CDATA[${title}]]></title><link>https://${stamp}.example.com/2021/03/04/${slug}/</link>
      <wp:post_id>${id}</wp:post_id><wp:post_date><![CDATA[2021-03-04 10:00:00]]></wp:post_date><wp:post_date_gmt><![CDATA[2021-03-04 10:00:00]]></wp:post_date_gmt>
      <wp:post_name><![CDATA[${slug}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>
      ${category}<content:encoded><![CDATA[${text}]]></content:encoded></item>`
  const fillers = Array.from({ length: FILLERS }, (_, index) =>
    item(WP_IDS + 1 + index, `Printer's note ${index + 1}`, `printers-note-${index + 1}-${stamp}`, Array.from({ length: 12 }, (__, line) => `Line ${line + 1} of note ${index + 1} on the craft of setting type.`).join('\n\n')),
  )
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-e2e-')), 'admin-import-export.xml')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>The Composing Room</title><link>https://${stamp}.example.com</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://${stamp}.example.com</wp:base_blog_url>
<wp:category><wp:term_id>${WP_IDS + 99}</wp:term_id><wp:category_nicename><![CDATA[letterpress-${stamp}]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Letterpress]]></wp:cat_name></wp:category>
${item(WP_IDS, 'The Letterpress Returns', SLUG, 'Hand presses are printing again.\n\nThe type is set one letter at a time.', `<category domain="category" nicename="letterpress-${stamp}"><![CDATA[Letterpress]]></category>`)}
${fillers.join('\n')}
</channel></rss>`,
  )
  return file
}

/** The admin's navigation is folded away at this window width. */
async function openMenu(page: Page) {
  const open = page.getByRole('button', { name: 'Open Menu' })
  if (await open.isVisible()) await open.click()
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Site settings' })).toBeVisible()
}

test('an admin uploads a WordPress export, reads the dry run, imports it and follows it; the post is public and its old address redirects', async ({ page, browser }) => {
  test.setTimeout(180_000)
  await loginAsAdmin(page)
  await openMenu(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Import from WordPress' }).click()
  await expect(page).toHaveURL(/\/admin\/import-wordpress$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Import from WordPress' })).toBeVisible()

  await page.getByLabel('WordPress export (.xml)').setInputFiles(exportFile())
  await page.getByText('Download the images from the old site').click()
  await expect(page.getByRole('checkbox', { name: 'Download the images from the old site' })).not.toBeChecked()
  await page.getByRole('button', { name: 'Upload and start the dry run' }).click()

  const status = page.getByRole('status').filter({ hasText: /\S/ })
  await expect(page.getByRole('heading', { name: 'Dry run report' })).toBeVisible({ timeout: 120_000 })
  await expect(status).toHaveText('The dry run of admin-import-export.xml is done: read its report, then import.')
  const report = page.locator('pre')
  const lines = (await report.innerText()).split('\n')
  expect(lines.slice(0, 3)).toEqual(['Dry run (nothing was written): admin-import-export.xml', '', 'type          created  updated  skipped'])
  expect(lines).toContain('posts              25        0        0')
  expect(lines).toContain('categories          1        0        0')
  // Each post's link, /?p=, /YYYY/MM/ and /<slug>; the category's /category/ and /?cat=.
  expect(lines).toContain('redirects         102        0        0')
  expect(lines).toContain('media               0        0        0')
  expect(lines.at(-1)).toBe('No warnings.')
  // Nothing was written by the dry run (asked through the API: the public page would cache its 404).
  expect((await (await page.request.get(`/api/posts?where[slug][equals]=${SLUG}&draft=true&depth=0`)).json()).totalDocs).toBe(0)

  await page.getByRole('button', { name: 'Import', exact: true }).click()
  // The progress line, read from the run every second while it runs.
  await expect(status).toHaveText(/^Importing: (Reading admin-import-export\.xml…|Categories and tags \(1 terms\)…|Post \d+ of 25: .+|Redirects from the old addresses…|Waiting to start the import…)$/)
  await expect(page.getByRole('heading', { name: 'Import report' })).toBeVisible({ timeout: 120_000 })
  await expect(status).toHaveText('Imported admin-import-export.xml.')
  const imported = (await page.locator('pre').innerText()).split('\n')
  expect(imported[0]).toBe('Imported: admin-import-export.xml')
  expect(imported).toContain('posts              25        0        0')
  expect(imported).toContain('redirects         102        0        0')

  // The run keeps its report in Import runs.
  const runLink = page.getByRole('link', { name: 'Open this run in Import runs' })
  await expect(runLink).toHaveAttribute('href', /^\/admin\/collections\/import-runs\/\d+$/)
  await runLink.click()
  await expect(page.locator('#field-file')).toHaveValue('admin-import-export.xml')
  await expect(page.locator('#field-summary')).toHaveValue(/^Imported: admin-import-export\.xml\n/)

  const reader = await browser.newContext()
  const post = await reader.request.get(`/posts/${SLUG}`)
  expect(post.status()).toBe(200)
  expect(await post.text()).toContain('Hand presses are printing again.')
  await expect
    .poll(async () => {
      const old = await reader.request.get(`/2021/03/04/${SLUG}`, { maxRedirects: 0 })
      return `${old.status()} ${old.headers().location}`
    })
    .toBe(`301 /posts/${SLUG}`)
  const plain = await reader.request.get(`/?p=${WP_IDS}`, { maxRedirects: 0 })
  expect(plain.status()).toBe(301)
  expect(plain.headers().location).toBe(`/posts/${SLUG}`)
  await reader.close()
})

test('an editor sees no Import from WordPress link, is refused by the view and by the upload endpoint', async ({ browser, request }) => {
  const editor = { name: 'Importless Editor', email: `importless-${stamp}@example.com`, password: 'an-editor-password-0123', role: 'editor' }
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  expect((await request.post('/api/users', { data: editor })).status()).toBe(201)

  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.fill('#field-email', editor.email)
  await page.fill('#field-password', editor.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await openMenu(page)
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Redirects' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Import from WordPress' })).toHaveCount(0)

  await page.goto('/admin/import-wordpress')
  await expect(page.getByRole('alert').filter({ hasText: 'Only admins can import from WordPress.' })).toBeVisible()
  await expect(page.getByLabel('WordPress export (.xml)')).toHaveCount(0)

  const upload = await page.request.post('/api/import-runs/upload', { multipart: { file: { name: 'export.xml', mimeType: 'text/xml', buffer: Buffer.from('<rss/>') } } })
  expect(upload.status()).toBe(403)
  expect((await upload.json()).errors[0].message).toBe('Only admins can import from WordPress.')
  await context.close()
})

/** A one-post export whose post (WordPress id 300) has the given title. */
function oneScript(title: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-e2e-')), 'cached-script.xml')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Cached</title><link>https://cached-${stamp}.example.com</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://cached-${stamp}.example.com</wp:base_blog_url>
<item><title><![CDATA[${title}]]></title><wp:post_id>300</wp:post_id><wp:post_date_gmt><![CDATA[2021-05-06 10:00:00]]></wp:post_date_gmt>
  <wp:post_name><![CDATA[cached-script-${stamp}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>
  <content:encoded><![CDATA[The script's text.]]></content:encoded></item>
</channel></rss>`,
  )
  return file
}

/** Uploads an export through the admin's endpoint, waits for its dry run, confirms it and waits for the import. */
async function importThroughAdmin(request: APIRequestContext, file: string, overwrite: boolean) {
  const upload = await request.post('/api/import-runs/upload', {
    multipart: { file: { name: path.basename(file), mimeType: 'text/xml', buffer: readFileSync(file) }, overwrite: String(overwrite), fetchMedia: 'false' },
  })
  expect(upload.status()).toBe(201)
  const dryRun = (await upload.json()).doc.id as number
  const status = async (id: number) => (await (await request.get(`/api/import-runs/${id}?depth=0`)).json()).status as string
  await expect.poll(() => status(dryRun), { timeout: 60_000 }).toBe('dry-run')
  const confirm = await request.post(`/api/import-runs/${dryRun}/confirm`)
  expect(confirm.status()).toBe(201)
  const run = (await confirm.json()).doc.id as number
  await expect.poll(() => status(run), { timeout: 60_000 }).toBe('succeeded')
}

test('a re-import from the admin shows on a post page that was already cached, at once', async ({ browser, request }) => {
  test.setTimeout(180_000)
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  await importThroughAdmin(request, oneScript('The Cached Script'), false)

  const reader = await browser.newContext()
  const url = `/posts/cached-script-${stamp}`
  // Read twice: the second answer comes from the page cache.
  for (let read = 0; read < 2; read++) expect(await (await reader.request.get(url)).text()).toContain('The Cached Script</h1>')

  await importThroughAdmin(request, oneScript('The Re-imported Script'), true)
  // No waiting for the cache's 60 s interval: the import dropped the cached page when it ended.
  const page = await (await reader.request.get(url)).text()
  expect(page).toContain('The Re-imported Script</h1>')
  expect(page).not.toContain('The Cached Script')
  await reader.close()
})
