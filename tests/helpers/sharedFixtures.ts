import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** ../shared/fixtures beside the checkout: third-party data read in place, never copied. */
export const SHARED_FIXTURES = path.resolve(process.cwd(), '..', 'shared', 'fixtures')

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
