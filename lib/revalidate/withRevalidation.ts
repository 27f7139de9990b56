import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, GlobalConfig } from 'payload'

import { revalidateDocument, revalidateEverything, revalidateRedirect, revalidateReferencingPosts } from './revalidateContent'

const REFERENCED_BY_POSTS = { categories: 'categories', tags: 'tags', series: 'series', videos: 'video', sources: 'citedSources' } as const

const withHooks = (collection: CollectionConfig, afterChange: CollectionAfterChangeHook, afterDelete: CollectionAfterDeleteHook): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
  },
})

/** Adds the cache revalidation each collection's changes call for (users appear on no cached page; site settings on all). */
export function withRevalidation(collection: CollectionConfig): CollectionConfig {
  if (collection.slug === 'posts') return withHooks(collection, revalidateDocument('/posts/'), revalidateDocument('/posts/'))
  if (collection.slug === 'pages') return withHooks(collection, revalidateDocument('/'), revalidateDocument('/'))
  if (collection.slug === 'redirects') return withHooks(collection, revalidateRedirect, revalidateRedirect)
  // Users and import runs appear on no public page.
  if (collection.slug === 'users' || collection.slug === 'import-runs') return collection
  const field = REFERENCED_BY_POSTS[collection.slug as keyof typeof REFERENCED_BY_POSTS]
  // After a delete the references are already gone, so drop everything then.
  if (field) return withHooks(collection, revalidateReferencingPosts(field), revalidateEverything)
  // Channels are in every page's header; an image may be anywhere.
  return withHooks(collection, revalidateEverything, revalidateEverything)
}

/**
 * The last plugin: every collection, the plugins' own (redirects) included, gets its revalidation
 * here, so none falls into a default unseen.
 */
export const revalidationPlugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withRevalidation),
  globals: (config.globals ?? []).map(globalWithRevalidation),
})

export const globalWithRevalidation = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), revalidateEverything] },
})
