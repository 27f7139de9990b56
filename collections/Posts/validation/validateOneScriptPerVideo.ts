import type { RelationshipFieldSingleValidation } from 'payload'

/** A video has one script: refuse linking a video another post already claims, naming that post. */
export const validateOneScriptPerVideo: RelationshipFieldSingleValidation = async (value, { req, id }) => {
  const videoId = typeof value === 'object' && value !== null ? (value as { id?: number | string }).id : value
  if (videoId === null || videoId === undefined || videoId === '') return true
  const { docs } = await req.payload.find({
    collection: 'posts',
    where: { and: [{ video: { equals: videoId } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
    limit: 1,
    // Only whether one exists: no count query besides (this runs on every save of a post with a video).
    pagination: false,
    depth: 0,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  return docs[0] ? `This video is already the script of “${docs[0].title}”. A video has one script: unlink it there first.` : true
}
