/** The running app's health endpoint, as a load balancer asks it. */
import { expect, test } from '@playwright/test'

test('GET /api/health answers 200 with the database reachable and its migrations current, never cached', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(response.headers()['cache-control']).toBe('no-store')
  expect(await response.json()).toEqual({ status: 'ok', database: 'reachable', migrations: 'current' })
})
