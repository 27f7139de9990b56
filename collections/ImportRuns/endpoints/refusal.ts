import type { PayloadRequest } from 'payload'

import { hasRole } from '@/access/hasRole'

/** An error answer in Payload's REST shape, with the reason the admin shows. */
export const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** 401 for a visitor, 403 for anyone but an admin; null when an admin asks. */
export function refuseUnlessAdmin(req: PayloadRequest): Response | null {
  if (!req.user) return refusal(401, 'Log in as an admin to import from WordPress.')
  if (!hasRole(req.user, 'admin')) return refusal(403, 'Only admins can import from WordPress.')
  return null
}
