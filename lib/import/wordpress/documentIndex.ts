import type { Payload, PayloadRequest } from 'payload'

type Collection = 'posts' | 'pages'
export type ExistingDocument = { id: number; slug: string | null; updatedAt: string }
/** What a save wrote; `video` left out when the save did not set it. */
type Saved = ExistingDocument & { wordpressId?: string | null; wordpressGuid?: string | null; title?: string | null; video?: number | null }

const hostOf = (wordpressId: string) => wordpressId.slice(wordpressId.indexOf('@') + 1)
const idOf = (value: number | { id: number } | null | undefined) => (typeof value === 'object' && value ? value.id : (value ?? null))

/**
 * What the import asks about every item — is it here already, is its slug taken, does another
 * post have its video — answered from the posts and pages read once at the start of a run (a few
 * columns each) and kept up to date as the run saves, instead of several queries per item, each
 * reading a whole script. Lookups are as before: documents by WordPress id and by video in their
 * newest version (drafts included), slugs as saved.
 */
export type DocumentIndex = {
  /** By WordPress id (qualified by the blog's host), else by guid (the same after a move to another domain). */
  existing: (collection: Collection, wordpressId: string, guid?: string | null) => ExistingDocument | undefined
  /** `slug`, or `slug-2`, `slug-3` … when another document of the collection has it. */
  freeSlug: (collection: Collection, slug: string, self: number | undefined) => string
  /** The post other than `self` whose video this is. */
  videoOwner: (video: number, self: number | undefined) => { id: number; title: string } | undefined
  /** Records what a save wrote. */
  remember: (collection: Collection, doc: Saved) => void
}

export async function documentIndex(payload: Payload, req: PayloadRequest): Promise<DocumentIndex> {
  const byWordPressId = { posts: new Map<string, ExistingDocument>(), pages: new Map<string, ExistingDocument>() }
  // Each with the WordPress id it was written under: a guid only stands in for an id of another blog host.
  const byGuid = { posts: new Map<string, ExistingDocument & { wordpressId: string }>(), pages: new Map<string, ExistingDocument & { wordpressId: string }>() }
  const slugs = { posts: new Map<string, number>(), pages: new Map<string, number>() }
  const videos = new Map<number, { id: number; title: string }>()
  const rememberSlug = (collection: Collection, id: number, slug: string | null | undefined) => {
    for (const [taken, owner] of slugs[collection]) if (owner === id && taken !== slug) slugs[collection].delete(taken)
    if (slug) slugs[collection].set(slug, id)
  }

  for (const collection of ['posts', 'pages'] as const) {
    const latest = await payload.find({
      collection,
      where: { wordpressId: { exists: true } },
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { wordpressId: true, wordpressGuid: true, slug: true, updatedAt: true },
    })
    for (const doc of latest.docs) {
      const found = { id: doc.id, slug: doc.slug ?? null, updatedAt: doc.updatedAt }
      if (doc.wordpressId) byWordPressId[collection].set(doc.wordpressId, found)
      if (doc.wordpressGuid && doc.wordpressId) byGuid[collection].set(doc.wordpressGuid, { ...found, wordpressId: doc.wordpressId })
    }
    const saved = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true, req, select: { slug: true } })
    for (const doc of saved.docs) if (doc.slug) slugs[collection].set(doc.slug, doc.id)
  }
  const withVideos = await payload.find({ collection: 'posts', where: { video: { exists: true } }, draft: true, pagination: false, depth: 0, overrideAccess: true, req, select: { video: true, title: true } })
  for (const doc of withVideos.docs) {
    const video = idOf(doc.video)
    if (video !== null) videos.set(video, { id: doc.id, title: doc.title })
  }

  return {
    existing(collection, wordpressId, guid) {
      const found = byWordPressId[collection].get(wordpressId)
      if (found || !guid) return found
      // Only a document the same blog wrote under another address: within one export guids can repeat.
      const moved = byGuid[collection].get(guid)
      return moved && hostOf(moved.wordpressId) !== hostOf(wordpressId) ? { id: moved.id, slug: moved.slug, updatedAt: moved.updatedAt } : undefined
    },
    freeSlug(collection, slug, self) {
      for (let suffix = 1; ; suffix++) {
        const candidate = suffix === 1 ? slug : `${slug}-${suffix}`
        const owner = slugs[collection].get(candidate)
        if (owner === undefined || owner === self) return candidate
      }
    },
    videoOwner(video, self) {
      const owner = videos.get(video)
      return owner && owner.id !== self ? owner : undefined
    },
    remember(collection, doc) {
      if (doc.wordpressId) byWordPressId[collection].set(doc.wordpressId, { id: doc.id, slug: doc.slug, updatedAt: doc.updatedAt })
      if (doc.wordpressGuid && doc.wordpressId) byGuid[collection].set(doc.wordpressGuid, { id: doc.id, slug: doc.slug, updatedAt: doc.updatedAt, wordpressId: doc.wordpressId })
      rememberSlug(collection, doc.id, doc.slug)
      if (collection !== 'posts' || doc.video === undefined) return
      for (const [video, owner] of videos) if (owner.id === doc.id) videos.delete(video)
      if (doc.video !== null) videos.set(doc.video, { id: doc.id, title: doc.title ?? '' })
    },
  }
}
