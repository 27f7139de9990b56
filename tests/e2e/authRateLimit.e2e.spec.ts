/** Sign-in and password reset are rate-limited per address and per account, on top of the lockout. */
import { expect, test } from '@playwright/test'

import { ADMIN } from './helpers'

const stamp = Date.now().toString(36)
// Addresses of the documentation range, one per case, as nginx would pass them on.
const from = (address: string) => ({ 'x-forwarded-for': address })

test('twenty failed sign-ins from one address: the next gets 429 with Retry-After, other addresses still sign in', async ({ request }) => {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await request.post('/api/users/login', { data: { email: `nobody-${stamp}-${attempt}@example.com`, password: 'wrong' }, headers: from('203.0.113.7') })
    expect(response.status(), `attempt ${attempt + 1}`).toBe(401)
  }
  const refused = await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password }, headers: from('203.0.113.7') })
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(800)
  expect((await refused.json()).errors[0].message).toBe('Too many failed sign-ins from this address; try again in 15 minutes.')
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password }, headers: from('203.0.113.8') })).status()).toBe(200)
})

test('password-reset requests: three per account, five per address, then 429', async ({ request }) => {
  const account = `reset-limit-${stamp}@example.com`
  for (const [index, address] of ['198.51.100.1', '198.51.100.2', '198.51.100.3'].entries()) {
    expect((await request.post('/api/users/forgot-password', { data: { email: account }, headers: from(address) })).status(), `request ${index + 1}`).toBe(200)
  }
  const perAccount = await request.post('/api/users/forgot-password', { data: { email: account }, headers: from('198.51.100.4') })
  expect(perAccount.status()).toBe(429)
  expect((await perAccount.json()).errors[0].message).toBe('Too many password-reset requests; try again in 15 minutes.')

  for (let index = 0; index < 5; index++) {
    expect((await request.post('/api/users/forgot-password', { data: { email: `other-${stamp}-${index}@example.com` }, headers: from('198.51.100.9') })).status()).toBe(200)
  }
  const perAddress = await request.post('/api/users/forgot-password', { data: { email: `other-${stamp}-last@example.com` }, headers: from('198.51.100.9') })
  expect(perAddress.status()).toBe(429)
  expect(Number(perAddress.headers()['retry-after'])).toBeGreaterThan(800)
})
