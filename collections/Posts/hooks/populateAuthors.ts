import type { CollectionAfterReadHook } from 'payload'

import type { Post } from '@/payload-types'

/**
 * Readers may see the names of a post's authors but never the users themselves (users are not
 * public): copy just the names into the virtual `populatedAuthors` field, or the post's byline
 * when it has no author account.
 */
export const populateAuthors: CollectionAfterReadHook<Post> = async ({ doc, req }) => {
  const ids = (doc.authors ?? []).map((author) => (typeof author === 'object' ? author.id : author))
  // No account chosen: the byline (an imported author's name) stands for the author.
  if (ids.length === 0) return { ...doc, populatedAuthors: doc.byline?.trim() ? [{ id: 'byline', name: doc.byline.trim() }] : [] }
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  const names = new Map(docs.map((user) => [user.id, user.name]))
  return { ...doc, populatedAuthors: ids.flatMap((id) => (names.has(id) ? [{ id: String(id), name: names.get(id)! }] : [])) }
}
