// '.js': scripts run as ESM bundles, and next has no exports map for this subpath.
import { revalidatePath } from 'next/cache.js'
import type { CollectionAfterChangeHook, PayloadRequest, RequestContext } from 'payload'

import { redirectsChanged } from '@/lib/redirects/redirectTable'

/**
 * Post and page URLs are rendered once and cached (ISR); these hooks drop the cached copies a
 * change affects. Outside a Next request (seeding, scripts, the job runner) there is no cache to
 * drop, and revalidation then falls back to the routes' `revalidate` interval.
 */
function revalidate(paths: { path: string; type?: 'page' | 'layout' }[], req: PayloadRequest, context: RequestContext) {
  if (context.disableRevalidate) return
  for (const { path, type } of paths) {
    try {
      revalidatePath(path, type)
    } catch (error) {
      req.payload.logger.debug(`Not revalidating ${path} outside a request: ${(error as Error).message}`)
    }
  }
}

type Slugged = { slug?: string | null }

const documentPaths = (prefix: string, ...docs: (Slugged | null | undefined)[]) =>
  [...new Set(docs.map((doc) => doc?.slug).filter((slug): slug is string => Boolean(slug)))].map((slug) => ({ path: `${prefix}${slug}` }))

type HookArgs = { doc: unknown; previousDoc?: unknown; req: PayloadRequest; context: RequestContext }

/**
 * A post's or page's own URLs, old and new slug (`prefix` is /posts/ or /). Serves afterChange and
 * afterDelete alike; lists, feeds and term pages are rendered per request.
 */
export const revalidateDocument =
  (prefix: '/posts/' | '/') =>
  ({ doc, previousDoc, req, context }: HookArgs) => {
    revalidate(documentPaths(prefix, doc as Slugged, previousDoc as Slugged | undefined), req, context)
    // Redirects lead to a document's current slug while it is published: those may have changed.
    // Bulk writers (seed, import) set disableRevalidate and mark the table once when done.
    if (!context.disableRevalidate) redirectsChanged()
    return doc
  }

/** Channels (in every header), images (anywhere) and the site settings: drop every cached page. */
export const revalidateEverything = ({ doc, req, context }: HookArgs) => {
  revalidate([{ path: '/', type: 'layout' }], req, context)
  return doc
}

/** A bulk write (an import) skipped the per-document hooks: drop every cached page once when it is done. */
export const revalidateAfterBulkWrite = (req: PayloadRequest) => revalidate([{ path: '/', type: 'layout' }], req, {})

/**
 * A category, tag, series, video or source appears on the pages of the posts that reference it:
 * drop exactly those (their lists and feeds are rendered per request anyway).
 */
export const revalidateReferencingPosts =
  (field: 'categories' | 'tags' | 'series' | 'video' | 'citedSources'): CollectionAfterChangeHook =>
  async ({ doc, req, context }) => {
    if (context.disableRevalidate) return doc
    const { docs } = await req.payload.find({
      collection: 'posts',
      where: { [field]: { in: [(doc as { id: number }).id] } },
      pagination: false,
      depth: 0,
      select: { slug: true },
      overrideAccess: true,
      req,
    })
    revalidate(documentPaths('/posts/', ...(docs as Slugged[])), req, context)
    return doc
  }

/** A redirect changed: proxy.ts reads the redirect table again on its next request. */
export const revalidateRedirect = ({ doc, context }: HookArgs) => {
  if (!context.disableRevalidate) redirectsChanged()
  return doc
}
