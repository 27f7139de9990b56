'use client'

import { Link } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

/** A link styled like the admin's own navigation links, marked while its page is open. */
export function NavLink({ href, label }: { href: string; label: string }) {
  const active = usePathname() === href
  return (
    <Link className="nav__link" href={href} id="nav-import-wordpress" prefetch={false} aria-current={active ? 'page' : undefined}>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{label}</span>
    </Link>
  )
}
