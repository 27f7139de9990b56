import type { ServerProps } from 'payload'

import { hasRole } from '@/access/hasRole'

import { NavLink } from './NavLink.client'

/** "Import from WordPress" under the admin's navigation, for admins only. */
export function ImportWordPressNavLink({ user, payload }: ServerProps) {
  if (!hasRole(user, 'admin')) return null
  return <NavLink href={`${payload.config.routes.admin}/import-wordpress`} label="Import from WordPress" />
}
