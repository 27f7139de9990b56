import type { Access } from 'payload'

/** Logged-in users see drafts; everyone else sees only published documents. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
