import type { NextRequest } from 'next/server'

import { trustedOrigins } from './trustedOrigins'

// Payload's sign-in cookie (its default cookie prefix, `payload`).
const SESSION_COOKIE = 'payload-token'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A change (POST, PATCH, PUT, DELETE) that carries the sign-in cookie but comes from another site's
 * page: refused with 403 and the reason. Payload, given the `csrf` list, would already ignore the
 * cookie and answer "not allowed" without saying why; a site used at an address it does not know
 * (SERVER_URL unset or different) gets told what to set. Returns the refusal, or null to go on.
 */
export function refuseForeignOrigin(request: NextRequest): Response | null {
  if (SAFE_METHODS.has(request.method) || !request.cookies.has(SESSION_COOKIE)) return null
  const origin = request.headers.get('origin')
  const trusted = trustedOrigins()
  if (origin ? trusted.includes(origin) : request.headers.get('sec-fetch-site') !== 'cross-site') return null
  const from = origin || 'another site'
  return Response.json(
    { errors: [{ message: `This change comes from ${from}, not from this site (${trusted.join(' or ')}), so the sign-in cookie is not accepted with it. If you use the site at ${from}, set SERVER_URL to that address.` }] },
    { status: 403 },
  )
}

/** A route handler whose changes are refused first when they come from another site (refuseForeignOrigin). */
export const withTrustedOrigin =
  <Context>(handler: (request: NextRequest, context: Context) => Promise<Response>) =>
  async (request: NextRequest, context: Context): Promise<Response> =>
    refuseForeignOrigin(request) ?? handler(request, context)
