import type { CollectionSlug, GlobalSlug, PayloadRequest } from 'payload'

import type { Post } from '@/payload-types'

import { CACHE_TAGS } from './cacheTags'
import { everyPageOf, EVERYTHING, noTargets, type CacheTargets } from './cacheTargets'
import { postChangeTargets } from './postChangeTargets'
import { ALL } from '@/lib/routing/filteredLists'

type Change = { doc: unknown; previousDoc?: unknown; req: PayloadRequest; deleted: boolean }

/**
 * What a change to a document of one collection drops from the cache: `none` (it is on no public
 * page, with the reason), `everything`, or the targets it names. Redirects also reload the
 * proxy's redirect table (lib/redirects/redirectTable.ts).
 */
export type InvalidationPolicy =
  | { kind: 'none'; why: string }
  | { kind: 'everything'; why: string }
  | { kind: 'targets'; targets: (change: Change) => Promise<CacheTargets> | CacheTargets }

type Slugged = { slug?: string | null }

/** The document's slug before and after the change, each once. */
const changedSlugs = ({ doc, previousDoc }: Pick<Change, 'doc' | 'previousDoc'>): string[] =>
  [...new Set([doc as Slugged, previousDoc as Slugged | undefined].map((item) => item?.slug).filter((slug): slug is string => Boolean(slug)))]

const pageTargets = (change: Change): CacheTargets => {
  const slugs = changedSlugs(change)
  // A page is in the sitemap when published; its address is its own, so no list shows it.
  return { paths: slugs.map((slug) => ({ path: `/${slug}` })), tags: [CACHE_TAGS.sitemap] }
}

/**
 * A term's own page and feeds under its old and new slug, and the post pages that name it. After a
 * delete the posts no longer point at it, so everything goes.
 */
const termTargets =
  (kind: 'categories' | 'tags' | 'series') =>
  async ({ doc, previousDoc, req, deleted }: Change): Promise<CacheTargets> => {
    if (deleted) return EVERYTHING
    const slugs = changedSlugs({ doc, previousDoc })
    const id = (doc as { id: number }).id
    const { docs } = await req.payload.find({ collection: 'posts', where: { [kind]: { in: [id] } }, pagination: false, depth: 0, select: { slug: true }, overrideAccess: true, req })
    return {
      paths: [...slugs.map((slug) => ({ path: `/${kind}/${slug}` })), ...docs.flatMap((post) => (post.slug ? [{ path: `/posts/${post.slug}` }] : []))],
      // Site feeds name their items' categories; the sitemap lists categories and series.
      tags: [...slugs.map((slug) => CACHE_TAGS.termFeeds(kind, slug)), CACHE_TAGS.siteFeeds, CACHE_TAGS.sitemap],
    }
  }

/** The sources list (`/sources`) and the lists of the source's type, before and after (lib/routing/filteredLists.ts). */
const sourceListPaths = ({ doc, previousDoc }: Pick<Change, 'doc' | 'previousDoc'>) =>
  [...new Set([ALL, ...[doc, previousDoc].map((state) => (state as { type?: string } | undefined)?.type).filter((type): type is string => Boolean(type))])].map((type) => ({ path: `/sources/type/${type}` }))

/** A source's page, the sources list and exports, and the posts that cite or list it. */
const sourceTargets = async ({ doc, previousDoc, req, deleted }: Change): Promise<CacheTargets> => {
  if (deleted) return EVERYTHING
  const slugs = changedSlugs({ doc, previousDoc })
  const { docs } = await req.payload.find({ collection: 'posts', where: { citedSources: { in: [(doc as { id: number }).id] } }, pagination: false, depth: 0, select: { slug: true }, overrideAccess: true, req })
  const posts = docs.flatMap((post) => (post.slug ? [post.slug] : []))
  return {
    paths: [...sourceListPaths({ doc, previousDoc }), ...slugs.map((slug) => ({ path: `/sources/${slug}` })), ...posts.map((slug) => ({ path: `/posts/${slug}` }))],
    tags: [CACHE_TAGS.sourceExports, ...posts.map((slug) => CACHE_TAGS.postFiles(slug)), CACHE_TAGS.siteFeeds, CACHE_TAGS.allTermFeeds],
  }
}

/** A video's page and files, the videos list, its channel, and the script it belongs to. */
const videoTargets = async ({ doc, previousDoc, req, deleted }: Change): Promise<CacheTargets> => {
  if (deleted) return EVERYTHING
  const slugs = changedSlugs({ doc, previousDoc })
  const { docs } = await req.payload.find({ collection: 'posts', where: { video: { equals: (doc as { id: number }).id } }, pagination: false, depth: 0, select: { slug: true }, overrideAccess: true, req })
  const posts = docs.flatMap((post) => (post.slug ? [post.slug] : []))
  return {
    paths: [everyPageOf('/videos/channel/[channel]'), everyPageOf('/channels/[slug]'), ...slugs.map((slug) => ({ path: `/videos/${slug}` })), ...posts.map((slug) => ({ path: `/posts/${slug}` }))],
    tags: [...slugs.map((slug) => CACHE_TAGS.videoFiles(slug)), ...posts.map((slug) => CACHE_TAGS.postFiles(slug)), CACHE_TAGS.allTermFeeds, CACHE_TAGS.siteFeeds],
  }
}

/**
 * One entry per collection: the type makes a new collection (a plugin's included) a compile error
 * until someone decides what its changes drop. There is no default.
 */
export const COLLECTION_INVALIDATION: { [Slug in CollectionSlug]: InvalidationPolicy } = {
  posts: { kind: 'targets', targets: ({ doc, previousDoc, req }) => postChangeTargets(req, doc as Post, previousDoc as Post | undefined) },
  pages: { kind: 'targets', targets: pageTargets },
  categories: { kind: 'targets', targets: termTargets('categories') },
  tags: { kind: 'targets', targets: termTargets('tags') },
  series: { kind: 'targets', targets: termTargets('series') },
  channels: { kind: 'everything', why: 'every page’s header lists the channels' },
  sources: { kind: 'targets', targets: sourceTargets },
  videos: { kind: 'targets', targets: videoTargets },
  media: { kind: 'everything', why: 'an image may be on any page, feed or card' },
  redirects: { kind: 'targets', targets: () => noTargets() },
  users: { kind: 'none', why: 'bylines are copied onto posts (populatedAuthors), which revalidate themselves' },
  'import-runs': { kind: 'none', why: 'import reports are shown only in the admin' },
  'payload-kv': { kind: 'none', why: "Payload's internal key-value store" },
  'payload-jobs': { kind: 'none', why: 'a job changes documents through their own collections' },
  'payload-locked-documents': { kind: 'none', why: 'admin editing locks' },
  'payload-preferences': { kind: 'none', why: 'admin preferences' },
  'payload-migrations': { kind: 'none', why: 'schema history' },
}

/** Globals, the same way: the site settings are on every page (title, header, footer, feeds). */
export const GLOBAL_INVALIDATION: { [Slug in GlobalSlug]: InvalidationPolicy } = {
  site: { kind: 'everything', why: 'the site settings are on every page and feed' },
}
