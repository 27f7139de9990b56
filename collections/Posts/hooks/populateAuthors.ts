import { createDataloaderCacheKey, type CollectionAfterReadHook } from 'payload'

import type { Post, User } from '@/payload-types'

/**
 * Readers may see the names of a post's authors but never the users themselves (users are not
 * public): copy just the names into the virtual `populatedAuthors` field, or the post's byline
 * when it has no author account.
 *
 * The names come through the request's dataloader: the hooks of every post in one find run
 * together, so a feed of twenty posts asks for their authors in one query, not twenty.
 */
export const populateAuthors: CollectionAfterReadHook<Post> = async ({ doc, req }) => {
  const ids = (doc.authors ?? []).map((author) => (typeof author === 'object' ? author.id : author))
  // No account chosen: the byline (an imported author's name) stands for the author.
  if (ids.length === 0) return { ...doc, populatedAuthors: doc.byline?.trim() ? [{ id: 'byline', name: doc.byline.trim() }] : [] }
  const users = (await Promise.all(
    ids.map((id) =>
      req.payloadDataLoader.load(
        createDataloaderCacheKey({
          collectionSlug: 'users',
          currentDepth: 0,
          depth: 0,
          docID: id,
          draft: false,
          fallbackLocale: req.fallbackLocale ?? null,
          // Not localized: like Payload's own population, pass the request's (unset) locale along.
          locale: req.locale as string,
          overrideAccess: true,
          select: { name: true },
          showHiddenFields: false,
          transactionID: req.transactionID as number | string,
        }),
      ),
    ),
  )) as (Pick<User, 'id' | 'name'> | null)[]
  return { ...doc, populatedAuthors: users.flatMap((user) => (user ? [{ id: String(user.id), name: user.name }] : [])) }
}
