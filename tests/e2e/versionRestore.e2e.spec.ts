/**
 * Restoring an older version from the admin's Versions screen puts its content back and the public
 * page (cached until a change drops it) shows it at once.
 */
import { expect, test } from '@playwright/test'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { ADMIN, loginAsAdmin } from './helpers'

const stamp = Date.now().toString(36)

test('an editor restores an older version from the admin: the post and its public page have the old content again', async ({ page, request, browser }) => {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const first = { title: `Restored wording ${stamp}`, body: `The first wording ${stamp}.` }
  const second = { title: `Replaced wording ${stamp}`, body: `The second wording ${stamp}.` }
  const created = await request.post('/api/posts', {
    data: { title: first.title, slug: `version-restore-${stamp}`, content: lexicalDocument(paragraph(first.body)), _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { id, slug } = (await created.json()).doc as { id: number; slug: string }
  const reader = await browser.newContext({ extraHTTPHeaders: {} })
  try {
    expect((await request.patch(`/api/posts/${id}`, { data: { title: second.title, content: lexicalDocument(paragraph(second.body)), _status: 'published' } })).status()).toBe(200)
    // The public page is rendered and cached with the second wording before the restore.
    const readerPage = await reader.newPage()
    await readerPage.goto(`/posts/${slug}`)
    await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(second.title)

    // The version to restore: the published one with the first title.
    const versions = await request.get(`/api/posts/versions?where[parent][equals]=${id}&sort=createdAt&limit=10&depth=0`)
    expect(versions.status()).toBe(200)
    const older = ((await versions.json()).docs as { id: string; version: { title: string; _status: string } }[]).find(
      (doc) => doc.version.title === first.title && doc.version._status === 'published',
    )
    expect(older, 'the first published version').toBeDefined()

    await loginAsAdmin(page)
    await page.goto(`/admin/collections/posts/${id}/versions`)
    // The Versions screen lists both published versions; the older one opens from its row.
    await expect(page.locator('.table tbody tr')).toHaveCount(2)
    await page.locator(`.table tbody a[href$="/versions/${older!.id}"]`).first().click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/posts/${id}/versions/${older!.id}$`))
    await page.getByRole('button', { name: 'Restore this version' }).click()
    const confirm = page.locator('#restore-version')
    await expect(confirm.getByText('Confirm Version Restoration')).toBeVisible()
    await confirm.getByRole('button', { name: 'Confirm' }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/posts/${id}$`))
    await expect(page.locator('#field-title')).toHaveValue(first.title)

    // The post and its public page have the first wording again.
    const restored = await request.get(`/api/posts/${id}?depth=0`)
    expect(((await restored.json()) as { title: string }).title).toBe(first.title)
    await readerPage.goto(`/posts/${slug}`)
    await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(first.title)
    await expect(readerPage.locator('article')).toContainText(first.body)
    await expect(readerPage.locator('article')).not.toContainText(second.body)
  } finally {
    await reader.close()
    await request.delete(`/api/posts/${id}`)
  }
})
