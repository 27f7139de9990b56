import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { ensureDotEnv } from '@/lib/runtime/ensureDotEnv'

afterEach(() => vi.unstubAllEnvs())

const tempRoot = () => mkdtempSync(path.join(os.tmpdir(), 'scriptorium-env-'))

describe('ensureDotEnv', () => {
  it('writes a private 64-hex-character secret on first run and reuses it afterwards', () => {
    vi.stubEnv('PAYLOAD_SECRET', undefined)
    vi.stubEnv('NODE_ENV', 'development')
    const root = tempRoot()
    writeFileSync(path.join(root, '.env'), 'PORT=3001')
    ensureDotEnv(root, () => {})
    const first = process.env.PAYLOAD_SECRET
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    const file = readFileSync(path.join(root, '.env'), 'utf8')
    expect(file).toContain('PORT=3001\n')
    expect(file).toContain(`PAYLOAD_SECRET=${first}`)
    expect(statSync(path.join(root, '.env')).mode & 0o077).toBe(0)

    vi.stubEnv('PAYLOAD_SECRET', undefined)
    ensureDotEnv(root, () => {})
    expect(process.env.PAYLOAD_SECRET).toBe(first)
  })

  it('never invents a secret for production', () => {
    vi.stubEnv('PAYLOAD_SECRET', undefined)
    vi.stubEnv('NODE_ENV', 'production')
    const root = tempRoot()
    ensureDotEnv(root, () => {})
    expect(process.env.PAYLOAD_SECRET).toBeUndefined()
  })
})
