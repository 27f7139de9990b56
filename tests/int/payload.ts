import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { inject } from 'vitest'

import { TEST_SECRET } from './testEnv'

/** Payload on the throwaway test database (migrated once in globalSetup). */
export async function testPayload(): Promise<Payload> {
  process.env.DATABASE_URL = inject('databaseUrl')
  process.env.PAYLOAD_SECRET = TEST_SECRET
  process.env.SCRIPTORIUM_JOBS_AUTORUN = 'false'
  process.env.MEDIA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'scriptorium-media-'))
  const { getPayload } = await import('payload')
  const { default: config } = await import('@/payload.config')
  return getPayload({ config })
}

let counter = 0
/** A value no other test uses, for unique slugs, titles and e-mail addresses. */
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`
