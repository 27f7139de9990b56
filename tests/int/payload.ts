import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Migration, Payload } from 'payload'
import { expect, inject } from 'vitest'

import { migrations } from '@/migrations'

import { TEST_SECRET } from './testEnv'

/** Payload on the throwaway test database, with the committed migrations applied. */
export async function testPayload(): Promise<Payload> {
  process.env.DATABASE_URL = inject('databaseUrl')
  process.env.PAYLOAD_SECRET = TEST_SECRET
  process.env.SCRIPTORIUM_JOBS_AUTORUN = 'false'
  // Tests never reach YouTube; the thumbnail test points this at a local server.
  process.env.YOUTUBE_THUMBNAIL_BASE_URL = 'off'
  process.env.MEDIA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'scriptorium-media-'))
  const { getPayload } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const payload = await getPayload({ config })
  // The committed migrations, exactly as `npm start` applies them; later files find nothing pending.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return payload
}

let counter = 0
/** A value no other test uses, for unique slugs, titles and e-mail addresses. */
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`

/** Asserts a Payload ValidationError on `path` whose message (as the admin shows it) matches. */
export async function expectFieldError(operation: Promise<unknown>, path: string, message: RegExp) {
  const error = await operation.then(
    () => null,
    (caught: unknown) => caught as { status?: number; data?: { errors?: { path: string; message: string }[] } },
  )
  expect(error, `expected a validation error on ${path}`).not.toBeNull()
  expect(error?.status).toBe(400)
  const fieldError = error?.data?.errors?.find((entry) => entry.path === path)
  expect(fieldError, `errors: ${JSON.stringify(error?.data?.errors)}`).toBeDefined()
  expect(fieldError?.message).toMatch(message)
}
