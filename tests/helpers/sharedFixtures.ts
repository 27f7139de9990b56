import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** ../shared/fixtures beside the checkout: third-party data read in place, never copied. */
// Found from this file (tests/helpers/ → the checkout's parent), not from the working directory.
export const SHARED_FIXTURES = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures')

/**
 * Reads a shared fixture. Returns null (the caller skips with a message) when ../shared is absent
 * on a developer machine; under CI its absence is an error.
 */
export function readSharedFixture(relative: string): string | null {
  const file = path.join(SHARED_FIXTURES, relative)
  if (existsSync(file)) return readFileSync(file, 'utf8')
  if (process.env.CI) throw new Error(`Shared fixture ${file} is missing; CI must have ../shared beside the checkout.`)
  console.warn(`Skipping: ${file} not found (../shared is not beside this checkout).`)
  return null
}

/** The path of a shared fixture, or null (skip with a message) as readSharedFixture does. */
export function sharedFixturePath(relative: string): string | null {
  const file = path.join(SHARED_FIXTURES, relative)
  if (existsSync(file)) return file
  if (process.env.CI) throw new Error(`Shared fixture ${file} is missing; CI must have ../shared beside the checkout.`)
  console.warn(`Skipping: ${file} not found (../shared is not beside this checkout).`)
  return null
}
