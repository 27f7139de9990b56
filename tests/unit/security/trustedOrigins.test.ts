import { afterEach, describe, expect, it, vi } from 'vitest'

import { trustedOrigins } from '@/lib/security/trustedOrigins'

afterEach(() => vi.unstubAllEnvs())

describe('trustedOrigins', () => {
  it('is the public address alone when SERVER_URL gives it (path and slash dropped)', () => {
    vi.stubEnv('SERVER_URL', 'https://blog.example.org/')
    expect(trustedOrigins()).toEqual(['https://blog.example.org'])
  })

  it('is the local addresses of the port without SERVER_URL', () => {
    vi.stubEnv('SERVER_URL', undefined)
    vi.stubEnv('PORT', '3005')
    expect(trustedOrigins()).toEqual(['http://localhost:3005', 'http://127.0.0.1:3005'])
  })
})
