import type { NextRequest } from 'next/server'

import { renderedPagePolicy } from './contentSecurityPolicy.mjs'

/** Next's draft-mode cookie: such a request is rendered for the one editor, never from the cache. */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

/** Routes rendered on every request (never cached), whose scripts therefore take a nonce. */
const RENDERED_PER_REQUEST = ['/search']

export const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/')

/**
 * The Content-Security-Policy with a fresh nonce for a request rendered for itself alone — the
 * admin, a draft preview (which the admin's live preview frames), search — or null for a public
 * page served from the cache, whose policy comes with the cached page (lib/cache/handler/pagePolicy.mjs):
 * two policies on one response must both allow a script, and a nonce sent with a cached page could
 * never match the nonce its HTML was rendered with.
 */
export function renderedPagePolicyFor(request: NextRequest): string | null {
  const { pathname } = request.nextUrl
  const nonce = () => btoa(crypto.randomUUID())
  if (isAdminPath(pathname)) return renderedPagePolicy(nonce(), { admin: true })
  if (request.cookies.has(DRAFT_MODE_COOKIE)) return renderedPagePolicy(nonce(), { framedBySite: true })
  if (RENDERED_PER_REQUEST.includes(pathname)) return renderedPagePolicy(nonce())
  return null
}
