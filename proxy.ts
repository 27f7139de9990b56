import { type NextRequest, NextResponse } from 'next/server'

import { lookupRedirect } from '@/lib/redirects/redirectTable'
import { filteredListPath } from '@/lib/routing/filteredLists'

/**
 * Old addresses (renamed posts and pages, redirects added in the admin, imported permalinks)
 * answer 301 with where they lead now. Done here, before routing and the page cache, from an
 * in-memory table (no database round trip per request): a page can only answer 308, and Next
 * 16.4 sends a redirect from a cached page with its Location header twice (vercel/next.js#82117).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  // On the home page only WordPress's plain permalinks (/?p=12, /?page_id=7 …) can be old addresses.
  const target = await lookupRedirect(pathname === '/' && search ? `/${search}` : pathname)
  if (target) return NextResponse.redirect(new URL(target, request.nextUrl), 301)
  const list = filteredListPath(pathname, request.nextUrl.searchParams)
  if (list) return NextResponse.rewrite(new URL(list, request.nextUrl))
  return homeAsFirstPage(request) ?? NextResponse.next()
}

/**
 * Home is the first page of the posts (app/(frontend)/page/[page]): a dynamic route is rendered on
 * its first request and then cached, where a static `/` would be rendered at build time, which has
 * no database. `/page/1` itself is an address of home.
 */
function homeAsFirstPage(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl
  if (pathname === '/page/1') return NextResponse.redirect(new URL('/', request.nextUrl), 308)
  if (pathname === '/') return NextResponse.rewrite(new URL('/page/1', request.nextUrl))
  return null
}

// Everything but Next's assets, the API and the admin (a redirect may never shadow those).
export const config = { matcher: ['/((?!_next/|api/|api$|admin/|admin$).*)'] }
