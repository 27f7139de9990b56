import type { NextRequest } from 'next/server'

import { AttemptLimiter } from './attemptLimiter'

const WINDOW_MS = 15 * 60 * 1000
/** Failed logins from one address (across accounts: the per-account lockout cannot see a spray). */
const failedLoginsPerAddress = new AttemptLimiter(20, WINDOW_MS)
/** Password-reset mails asked for, per address and per account (each one mails someone). */
const resetsPerAddress = new AttemptLimiter(5, WINDOW_MS)
const resetsPerAccount = new AttemptLimiter(3, WINDOW_MS)

/**
 * The client's address: the last X-Forwarded-For entry, which is the socket's when Next is reached
 * directly (Next sets it) and the one nginx saw when it sets the header (deploy/, `$remote_addr`).
 */
export const clientAddress = (request: Request) => request.headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown'

const tooMany = (seconds: number, what: string) =>
  Response.json({ errors: [{ message: `Too many ${what}; try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}.` }] }, { status: 429, headers: { 'Retry-After': String(seconds) } })

const emailOf = async (request: NextRequest) => {
  const body = (await request.clone().json().catch(() => null)) as { email?: unknown } | null
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : ''
}

/**
 * Login and password reset, rate-limited on top of Payload's lockout (five wrong passwords lock
 * one account): 429 with Retry-After after 20 failed logins from one address, or 5 reset requests
 * from one address or 3 for one account, within 15 minutes. Other requests pass untouched.
 */
export async function withAuthRateLimit(request: NextRequest, handle: () => Promise<Response>): Promise<Response> {
  const path = new URL(request.url).pathname
  const address = clientAddress(request)
  if (path === '/api/users/login') {
    const wait = failedLoginsPerAddress.retryAfterSeconds(address)
    if (wait) return tooMany(wait, 'failed sign-ins from this address')
    const response = await handle()
    if (response.status === 401 || response.status === 403) failedLoginsPerAddress.record(address)
    return response
  }
  if (path === '/api/users/forgot-password') {
    const account = await emailOf(request)
    const wait = Math.max(resetsPerAddress.retryAfterSeconds(address), account ? resetsPerAccount.retryAfterSeconds(account) : 0)
    if (wait) return tooMany(wait, 'password-reset requests')
    resetsPerAddress.record(address)
    if (account) resetsPerAccount.record(account)
    return handle()
  }
  return handle()
}
