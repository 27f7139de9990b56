import { afterEach, describe, expect, it, vi } from 'vitest'

import { ConfigError, httpPort, payloadSecret } from '@/lib/env'

afterEach(() => vi.unstubAllEnvs())

describe('payloadSecret', () => {
  it('refuses to run in production without a secret', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', '')
    expect(() => payloadSecret()).toThrow(ConfigError)
  })
  it('refuses a short secret in production, saying how long it must be', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', 'short')
    expect(() => payloadSecret()).toThrow(/at least 32 characters/)
  })
  it('accepts a 32-character secret', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', 'x'.repeat(32))
    expect(payloadSecret()).toBe('x'.repeat(32))
  })
  it('lets `next build` evaluate the config without a secret', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('NEXT_PHASE', 'phase-production-build')
    expect(payloadSecret().length).toBeGreaterThanOrEqual(32)
  })
})

describe('httpPort', () => {
  it('respects PORT', () => {
    vi.stubEnv('PORT', '3999')
    expect(httpPort()).toBe(3999)
  })
  it('explains a bad PORT', () => {
    vi.stubEnv('PORT', 'eighty')
    expect(() => httpPort()).toThrow(/PORT must be an integer/)
  })
})
