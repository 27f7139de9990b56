/** On a new installation /admin asks for the first user, who becomes an admin. */
import { expect, test } from '@playwright/test'

import { loginAsAdmin } from './helpers'

test('the first visitor to /admin creates the first user, who becomes an admin', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/create-first-user/)
  await loginAsAdmin(page)
  const me = await page.request.get('/api/users/me')
  expect((await me.json()).user).toMatchObject({ role: 'admin' })
})
