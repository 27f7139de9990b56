import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, CollectionSlug, Config, GlobalAfterChangeHook, GlobalConfig, GlobalSlug, PayloadRequest } from 'payload'

import { redirectsChanged } from '@/lib/redirects/redirectTable'

import { applyTargets, EVERYTHING } from './cacheTargets'
import { COLLECTION_INVALIDATION, GLOBAL_INVALIDATION, type InvalidationPolicy } from './invalidationPolicy'

/** Collections whose changes can move where a redirect leads (a document's slug) or are redirects. */
const MOVES_REDIRECTS = new Set<string>(['posts', 'pages', 'redirects'])

async function drop(policy: InvalidationPolicy, change: { doc: unknown; previousDoc?: unknown; req: PayloadRequest; deleted: boolean }, context: Record<string, unknown>) {
  if (context.disableRevalidate || policy.kind === 'none') return
  await applyTargets(policy.kind === 'everything' ? EVERYTHING : await policy.targets(change), change.req, context)
}

function collectionHooks(slug: CollectionSlug): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  const policy = COLLECTION_INVALIDATION[slug]
  const redirects = MOVES_REDIRECTS.has(slug)
  return {
    afterChange: async ({ doc, previousDoc, req, context }) => {
      await drop(policy, { doc, previousDoc, req, deleted: false }, context)
      // Bulk writers (seed, import) set disableRevalidate and mark the table once when done.
      if (redirects && !context.disableRevalidate) redirectsChanged()
      return doc
    },
    afterDelete: async ({ doc, req, context }) => {
      await drop(policy, { doc, req, deleted: true }, context)
      if (redirects && !context.disableRevalidate) redirectsChanged()
      return doc
    },
  }
}

const withHooks = (collection: CollectionConfig): CollectionConfig => {
  if (!(collection.slug in COLLECTION_INVALIDATION)) {
    // Only reachable from plain JS config: the table's type lists every generated collection slug.
    throw new Error(`The collection “${collection.slug}” has no entry in lib/cache/invalidationPolicy.ts: say what its changes drop from the cache.`)
  }
  const hooks = collectionHooks(collection.slug as CollectionSlug)
  return {
    ...collection,
    hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange], afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete] },
  }
}

const globalWithHooks = (global: GlobalConfig): GlobalConfig => {
  const policy = GLOBAL_INVALIDATION[global.slug as GlobalSlug]
  if (!policy) throw new Error(`The global “${global.slug}” has no entry in lib/cache/invalidationPolicy.ts: say what its changes drop from the cache.`)
  const afterChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
    await drop(policy, { doc, previousDoc, req, deleted: false }, context)
    return doc
  }
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterChange] } }
}

/**
 * The last plugin: every collection and global, the plugins' own included, gets the revalidation
 * its entry in the policy table names.
 */
export const revalidationPlugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withHooks),
  globals: (config.globals ?? []).map(globalWithHooks),
})

/** A bulk write (an import) skipped the per-document hooks: drop every cached page and body once when it is done. */
export const revalidateAfterBulkWrite = (req: PayloadRequest) => applyTargets(EVERYTHING, req, {})
