/**
 * "Forgot password?" works end to end: the admin sends a reset mail through SMTP (a real server,
 * tests/e2e/mailbox.ts), its link sets a new password, and the user logs in with it.
 */
import { expect, test } from '@playwright/test'

import { ADMIN } from './helpers'
import { waitForMail } from './mailbox'

const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

test('a user who forgot the password gets a reset link by mail, sets a new password and logs in with it', async ({ page, request }) => {
  const user = { name: 'Forgetful Editor', email: `forgetful-${stamp}@example.com`, password: 'the-old-password-0123', role: 'editor' }
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  expect((await request.post('/api/users', { data: user })).status()).toBe(201)

  await page.goto('/admin/forgot')
  await page.fill('#field-email', user.email)
  await page.getByRole('button', { name: 'Submit' }).click()
  await expect(page.getByRole('heading', { name: 'Email Sent' })).toBeVisible()

  const mail = await waitForMail(user.email)
  expect(mail.from?.value).toEqual([{ address: 'e2e@scriptorium.test', name: 'Scriptorium e2e' }])
  expect(mail.subject).toBe('Reset your password for Scriptorium')
  const link = /href="([^"]+\/admin\/reset\/[^"]+)"/.exec(String(mail.html))?.[1]
  expect(link, `reset link in: ${String(mail.html)}`).toBeTruthy()
  // Absolute, on the site's own origin (SERVER_URL here), whatever Host the request named.
  expect(new URL(link!).origin).toBe(new URL(page.url()).origin)

  const newPassword = `the-new-password-${stamp}`
  await page.goto(link!)
  // Typed before React has taken the form over, the text is in the inputs but not in the form's
  // state, and "Reset Password" then submits nothing (seen on CI): wait until React owns the input.
  await page.waitForFunction(() => {
    const input = document.querySelector('#field-password')
    return input !== null && Object.keys(input).some((key) => key.startsWith('__reactProps'))
  })
  // Typed key by key, as a person does: a whole value set at once on a cold server sometimes never
  // reached the form's state ("Please correct invalid fields.", nothing sent).
  await page.locator('#field-password').pressSequentially(newPassword, { delay: 15 })
  await page.locator('#field-confirm-password').pressSequentially(newPassword, { delay: 15 })
  const reset = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/users/reset-password')
  await page.getByRole('button', { name: 'Reset Password' }).click()
  expect((await reset).status()).toBe(200)
  await expect(page.getByRole('link', { name: /Posts/ }).first()).toBeVisible()

  // Logged out, the new password opens the admin and the old one no longer does.
  await page.context().clearCookies()
  await page.goto('/admin/login')
  await page.fill('#field-email', user.email)
  await page.fill('#field-password', newPassword)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('link', { name: /Posts/ }).first()).toBeVisible()
  const withOld = await page.request.post('/api/users/login', { data: { email: user.email, password: user.password } })
  expect(withOld.status()).toBe(401)
})
