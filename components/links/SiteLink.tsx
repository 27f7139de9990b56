import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * The site's links: Next's Link (client-side navigation) without prefetching unless a link asks
 * for it. Prefetching every header, footer, term and channel link in view cost ~18 RSC requests a
 * page view, each rendering a page on the server: a spike of N readers cost ~19 N renders. A link
 * a reader is likely to open next may pass `prefetch` (at most two a page).
 */
export default function SiteLink({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />
}
