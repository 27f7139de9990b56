import { type NextRequest, NextResponse } from 'next/server'

import { findMovedPath } from '@/lib/redirects/movedSlugs'

/**
 * Former addresses of renamed posts and pages answer 301 with the new one. Done here because a
 * page can only answer a permanent redirect with 308.
 */
export async function proxy(request: NextRequest) {
  const moved = await findMovedPath(request.nextUrl.pathname)
  if (!moved) return NextResponse.next()
  const target = request.nextUrl.clone()
  target.pathname = moved
  return NextResponse.redirect(target, 301)
}

export const config = { matcher: ['/posts/:slug', '/:slug'] }
