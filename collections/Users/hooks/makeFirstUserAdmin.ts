import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** The account made on the create-first-user screen owns the site. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
