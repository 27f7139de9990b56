import { type NextRequest, NextResponse } from 'next/server'

import { isAdminPath, renderedPagePolicyFor } from '@/lib/http/renderedPagePolicy'
import { lookupRedirect } from '@/lib/redirects/redirectTable'
import { archiveFirstPageRedirect } from '@/lib/routing/archiveYear'
import { filteredListPath } from '@/lib/routing/filteredLists'

/**
 * Old addresses (renamed posts and pages, redirects added in the admin, imported permalinks)
 * answer 301 with where they lead now. Done here, before routing and the page cache, from an
 * in-memory table (no database round trip per request): a page can only answer 308, and Next
 * 16.4 sends a redirect from a cached page with its Location header twice (vercel/next.js#82117).
 * Pages rendered for one request (the admin, previews, search) get a Content-Security-Policy with
 * a fresh nonce (lib/http/renderedPagePolicy.ts); cached pages carry their own.
 */
export async function proxy(request: NextRequest) {
  const policy = renderedPagePolicyFor(request)
  // Next writes the nonce on its scripts when the request carries the policy; the reader gets the same policy.
  const forward = policy ? { request: { headers: withHeader(request.headers, 'content-security-policy', policy) } } : undefined
  const response = await route(request, forward)
  if (policy) response.headers.set('content-security-policy', policy)
  return response
}

async function route(request: NextRequest, forward: { request: { headers: Headers } } | undefined): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl
  // The admin only needs its policy: no redirect may shadow it.
  if (isAdminPath(pathname)) return NextResponse.next(forward)
  // On the home page only WordPress's plain permalinks (/?p=12, /?page_id=7 …) can be old addresses.
  const target = await lookupRedirect(pathname === '/' && search ? `/${search}` : pathname)
  if (target) return NextResponse.redirect(new URL(target, request.nextUrl), 301)
  const list = filteredListPath(pathname, request.nextUrl.searchParams)
  if (list) return NextResponse.rewrite(new URL(list, request.nextUrl), forward)
  const archiveYear = archiveFirstPageRedirect(pathname)
  if (archiveYear) return NextResponse.redirect(new URL(archiveYear, request.nextUrl), 308)
  return homeAsFirstPage(request, forward) ?? NextResponse.next(forward)
}

function withHeader(headers: Headers, name: string, value: string): Headers {
  const copy = new Headers(headers)
  copy.set(name, value)
  return copy
}

/**
 * Home is the first page of the posts (app/(frontend)/page/[page]): a dynamic route is rendered on
 * its first request and then cached, where a static `/` would be rendered at build time, which has
 * no database. `/page/1` itself is an address of home.
 */
function homeAsFirstPage(request: NextRequest, forward: { request: { headers: Headers } } | undefined): NextResponse | null {
  const { pathname } = request.nextUrl
  if (pathname === '/page/1') return NextResponse.redirect(new URL('/', request.nextUrl), 308)
  if (pathname === '/') return NextResponse.rewrite(new URL('/page/1', request.nextUrl), forward)
  return null
}

// Everything but Next's assets and the API; the admin for its script policy only.
export const config = { matcher: ['/((?!_next/|api/|api$).*)'] }
