/** The security headers on every kind of response: pages (cached or not), feeds, the API and the admin. */
import { expect, test } from '@playwright/test'

const EXPECTED = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-frame-options': 'SAMEORIGIN',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
}

test('every response carries nosniff, the referrer and permissions policies, same-origin framing only and HSTS', async ({ request }) => {
  const paths = ['/', '/', '/posts/this-will-kill-that-how-print-frightened-the-scribes', '/archive', '/feed.xml', '/sitemap.xml', '/api/health', '/api/posts?limit=1', '/admin/login', '/no-such-page']
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 })
    const headers = response.headers()
    expect(Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, headers[name]])), `${path} (${response.status()})`).toEqual(EXPECTED)
    // What every response's policy says; pages add their script policy (contentSecurityPolicy.e2e.spec.ts).
    const policy = response.headersArray().filter(({ name }) => name.toLowerCase() === 'content-security-policy').map(({ value }) => value).join('; ')
    for (const directive of ["object-src 'none'", "base-uri 'self'", 'frame-ancestors ']) expect(policy, path).toContain(directive)
  }
})
