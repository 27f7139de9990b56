import type { Access } from 'payload'

import { publicWhere } from '@/lib/publishing/publicRule'

/** Logged-in users see drafts and scheduled documents; everyone else what is public now (lib/publishing/publicRule.ts). */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true
  return publicWhere()
}
