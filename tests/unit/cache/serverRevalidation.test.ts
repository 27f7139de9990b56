import { createHmac } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { verifiedTargets } from '@/lib/cache/serverRevalidation'

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters'
// Written out here as the endpoint's contract: HMAC-SHA256 over "cache-revalidate\n" + body, base64url.
const signed = (body: string, secret = SECRET) => createHmac('sha256', secret).update(`cache-revalidate\n${body}`).digest('base64url')

beforeAll(() => {
  process.env.PAYLOAD_SECRET = SECRET
})

describe('revalidation sent to the server from outside a request', () => {
  it('applies targets signed with the site’s secret', () => {
    const body = JSON.stringify({ paths: [{ path: '/posts/a' }, { path: '/(frontend)/page/[page]', type: 'page' }], tags: ['feeds:site'] })
    expect(verifiedTargets(body, signed(body))).toEqual({ targets: { paths: [{ path: '/posts/a' }, { path: '/(frontend)/page/[page]', type: 'page' }], tags: ['feeds:site'] } })
  })

  it('refuses an unsigned body, another secret’s signature and a changed body with 401', () => {
    const body = JSON.stringify({ paths: [], tags: ['site'] })
    const refused = { status: 401, reason: 'The revalidation request is not signed with this site’s secret.' }
    expect(verifiedTargets(body, null)).toEqual(refused)
    expect(verifiedTargets(body, signed(body, 'another-secret-of-at-least-thirty-two-chars'))).toEqual(refused)
    expect(verifiedTargets(JSON.stringify({ paths: [], tags: ['everything-else'] }), signed(body))).toEqual(refused)
  })

  it('refuses signed bodies that are not targets with 400', () => {
    for (const body of ['not json', JSON.stringify({ paths: [{ path: 'https://evil.example/' }], tags: [] }), JSON.stringify({ paths: [], tags: [1] }), JSON.stringify({ tags: [] })]) {
      expect(verifiedTargets(body, signed(body)), body).toMatchObject({ status: 400 })
    }
  })
})
