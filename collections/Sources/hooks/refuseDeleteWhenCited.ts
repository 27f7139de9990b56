import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/** A source that published posts cite cannot be deleted; the error names those posts. */
export const refuseDeleteWhenCited: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: 'posts',
    where: { and: [{ citedSources: { in: [id] } }, { _status: { equals: 'published' } }] },
    limit: 50,
    depth: 0,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return
  const titles = docs.map((post) => `“${post.title}”`).join(', ')
  throw new APIError(`This source is cited by ${docs.length} published post${docs.length === 1 ? '' : 's'}: ${titles}. Remove those citations first.`, 409, { posts: docs }, true)
}
