import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalConfig } from 'payload'

import {
  revalidateDeletedPage,
  revalidateDeletedPost,
  revalidateEverything,
  revalidateEverythingForGlobal,
  revalidateEverythingOnDelete,
  revalidatePage,
  revalidatePost,
} from './revalidateContent'

const withHooks = (collection: CollectionConfig, afterChange: CollectionAfterChangeHook, afterDelete: CollectionAfterDeleteHook): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
  },
})

/** Adds the cache revalidation each collection's changes call for (users appear on no cached page). */
export function withRevalidation(collection: CollectionConfig): CollectionConfig {
  if (collection.slug === 'posts') return withHooks(collection, revalidatePost, revalidateDeletedPost)
  if (collection.slug === 'pages') return withHooks(collection, revalidatePage, revalidateDeletedPage)
  if (collection.slug === 'users') return collection
  return withHooks(collection, revalidateEverything, revalidateEverythingOnDelete)
}

export const globalWithRevalidation = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), revalidateEverythingForGlobal] },
})
