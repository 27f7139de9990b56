import type { PayloadRequest, Where } from 'payload'

import type { TermKind } from '@/lib/data/termScopes'
import type { Post } from '@/payload-types'
import { publishedInYear } from '@/lib/publishing/yearRange'
import { ARCHIVE_PAGE_SIZE, archivePagePath } from '@/lib/routing/archiveYear'

import { CACHE_TAGS } from './cacheTags'
import { everyPageOf, mergeTargets, type CacheTargets } from './cacheTargets'

type PostState = Partial<Pick<Post, 'id' | 'slug' | '_status' | 'publishedAt' | 'categories' | 'tags' | 'series' | 'video' | 'citedSources'>>

const ids = (value: unknown): number[] =>
  (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value])
    .map((item) => (typeof item === 'object' && item !== null ? (item as { id: number }).id : item))
    .filter((id): id is number => typeof id === 'number')

/** The posts a public page lists: published ones (a draft save of an unpublished post changes nothing public). */
const isPublic = (post: PostState | null | undefined): post is PostState => post?._status === 'published'

/** `/<kind>/<slug>` and that term's feeds, for the terms of `kind` with these ids. */
async function termTargets(req: PayloadRequest, kind: 'categories' | 'tags' | 'series', termIds: number[]): Promise<CacheTargets> {
  if (!termIds.length) return { paths: [], tags: [] }
  const { docs } = await req.payload.find({ collection: kind, where: { id: { in: termIds } }, pagination: false, depth: 0, select: { slug: true }, overrideAccess: true, req })
  const slugs = docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
  return { paths: slugs.map((slug) => ({ path: `/${kind}/${slug}` })), tags: slugs.map((slug) => CACHE_TAGS.termFeeds(kind as TermKind, slug)) }
}

/** The video page (its script link), the videos list, and the video's channel page and feeds. */
async function videoTargets(req: PayloadRequest, videoIds: number[]): Promise<CacheTargets> {
  if (!videoIds.length) return { paths: [], tags: [] }
  const { docs } = await req.payload.find({ collection: 'videos', where: { id: { in: videoIds } }, pagination: false, depth: 1, select: { slug: true, channel: true }, overrideAccess: true, req })
  const channels = docs.flatMap((video) => (typeof video.channel === 'object' && video.channel?.slug ? [video.channel.slug] : []))
  return {
    paths: [everyPageOf('/videos/channel/[channel]'), ...docs.flatMap((video) => (video.slug ? [{ path: `/videos/${video.slug}` }] : [])), ...channels.map((slug) => ({ path: `/channels/${slug}` }))],
    tags: [...docs.flatMap((video) => (video.slug ? [CACHE_TAGS.videoFiles(video.slug)] : [])), ...channels.map((slug) => CACHE_TAGS.termFeeds('channels', slug))],
  }
}

/** The source pages ("cited in") and the sources list with its counts and exports. */
async function sourceTargets(req: PayloadRequest, sourceIds: number[]): Promise<CacheTargets> {
  if (!sourceIds.length) return { paths: [], tags: [] }
  const { docs } = await req.payload.find({ collection: 'sources', where: { id: { in: sourceIds } }, pagination: false, depth: 0, select: { slug: true }, overrideAccess: true, req })
  return { paths: [everyPageOf('/sources/type/[type]'), ...docs.flatMap((source) => (source.slug ? [{ path: `/sources/${source.slug}` }] : []))], tags: [CACHE_TAGS.sourceExports] }
}

/**
 * The published posts whose pages show this one: the one just before and after it by date (their
 * previous/next links), those sharing a category or tag (their "related" list) and the other parts
 * of its series, at its old place and its new one.
 */
async function neighbourTargets(req: PayloadRequest, states: PostState[]): Promise<CacheTargets> {
  const self = states.map((state) => state.id).filter((id): id is number => typeof id === 'number')
  const around: { where: Where; sort: string }[] = states.flatMap((state) =>
    state.publishedAt
      ? [
          { where: { publishedAt: { less_than: state.publishedAt } }, sort: '-publishedAt' },
          { where: { publishedAt: { greater_than: state.publishedAt } }, sort: 'publishedAt' },
        ]
      : [],
  )
  const categories = [...new Set(states.flatMap((state) => ids(state.categories)))]
  const tags = [...new Set(states.flatMap((state) => ids(state.tags)))]
  const series = [...new Set(states.flatMap((state) => ids(state.series)))]
  const notSelf: Where = self.length ? { id: { not_in: self } } : {}
  const published: Where = { _status: { equals: 'published' } }
  const found = []
  for (const { sort, where } of around) found.push(await req.payload.find({ collection: 'posts', where: { ...published, ...notSelf, ...where }, sort, limit: 1, depth: 0, select: { slug: true }, overrideAccess: true, req }))
  if (categories.length || tags.length || series.length) {
    found.push(
      await req.payload.find({
        collection: 'posts',
        where: { ...published, ...notSelf, or: [...(categories.length ? [{ categories: { in: categories } }] : []), ...(tags.length ? [{ tags: { in: tags } }] : []), ...(series.length ? [{ series: { in: series } }] : [])] },
        pagination: false,
        depth: 0,
        select: { slug: true },
        overrideAccess: true,
        req,
      }),
    )
  }
  const slugs = new Set(found.flatMap((result) => result.docs.map((doc) => doc.slug)).filter((slug): slug is string => Boolean(slug)))
  return { paths: [...slugs].map((slug) => ({ path: `/posts/${slug}` })), tags: [] }
}

/** The year a post is listed under in the archive, when it is listed at all. */
const archiveYear = (state: PostState | null | undefined) => (isPublic(state) && state.publishedAt ? new Date(state.publishedAt).getUTCFullYear() : null)

/**
 * `/archive` (the years and their counts, the newest year's posts) and the archive pages of the
 * years the post is and was in (a changed date moves it), each of its pages: a post in or out of a
 * year shifts every later page of it. Every year page lists the years, so when the post is the
 * first of its year or was the last in it, every archive page goes.
 */
async function archiveTargets(req: PayloadRequest, doc: PostState, previousDoc: PostState | null | undefined): Promise<CacheTargets> {
  const [now, before] = [archiveYear(doc), archiveYear(previousDoc)]
  const years = [...new Set([now, before].filter((year): year is number => year !== null))]
  const yearPages: string[] = []
  for (const year of years) {
    // One count a year: its pages, and whether another post is there (the saved post counts where it is now).
    const { totalDocs } = await req.payload.count({ collection: 'posts', where: { _status: { equals: 'published' }, ...publishedInYear(year) }, overrideAccess: true, req })
    const others = totalDocs - (now === year ? 1 : 0)
    // The year's place in the list changes only if the post moved in or out of it and no other post is there.
    if ((now === year) !== (before === year) && others === 0) return { paths: [{ path: '/archive' }, everyPageOf('/archive/[[...rest]]')], tags: [] }
    // Every page, counting one more post than the year has now (the post may just have left it).
    const pages = Math.max(1, Math.ceil((totalDocs + 1) / ARCHIVE_PAGE_SIZE))
    for (let page = 1; page <= pages; page++) yearPages.push(archivePagePath(year, page))
  }
  return { paths: [{ path: '/archive' }, ...yearPages.map((path) => ({ path }))], tags: [] }
}

/**
 * A draft saved over a published post (every autosave) reaches the hook as a draft, like an
 * unpublish does; only the main row, which such a save leaves alone, tells them apart. The public
 * site reads that row, so while it is published nothing public changed.
 */
async function stillPublished(req: PayloadRequest, id: number | undefined): Promise<boolean> {
  if (typeof id !== 'number') return false
  const { docs } = await req.payload.find({ collection: 'posts', where: { id: { equals: id } }, draft: false, pagination: false, limit: 1, depth: 0, select: { _status: true }, overrideAccess: true, req })
  return docs[0]?._status === 'published'
}

/**
 * Everything a change to a post shows on: its own page (old and new address) and files always;
 * when it is or was published, also the lists (home and its pages, the archive), its terms' pages
 * and feeds, the site feeds, the sitemap, its video, channel and sources, and the posts whose
 * navigation or related list shows it.
 */
export async function postChangeTargets(req: PayloadRequest, doc: PostState, previousDoc: PostState | null | undefined): Promise<CacheTargets> {
  if (doc._status === 'draft' && (await stillPublished(req, doc.id))) return { paths: [], tags: [] }
  const states = [doc, previousDoc].filter((state): state is PostState => Boolean(state))
  const slugs = [...new Set(states.map((state) => state.slug).filter((slug): slug is string => Boolean(slug)))]
  const own: CacheTargets = { paths: slugs.map((slug) => ({ path: `/posts/${slug}` })), tags: slugs.map((slug) => CACHE_TAGS.postFiles(slug)) }
  const shown = states.filter(isPublic)
  if (!shown.length) return own
  const all = (field: 'categories' | 'tags' | 'series' | 'video' | 'citedSources') => [...new Set(shown.flatMap((state) => ids(state[field])))]
  const lists: CacheTargets = {
    // Home is /page/1 (proxy.ts).
    paths: [everyPageOf('/page/[page]')],
    tags: [CACHE_TAGS.siteFeeds, CACHE_TAGS.sitemap],
  }
  // In turn, not at once: inside a save the lookups share its transaction's single connection.
  const related = [
    await termTargets(req, 'categories', all('categories')),
    await termTargets(req, 'tags', all('tags')),
    await termTargets(req, 'series', all('series')),
    await videoTargets(req, all('video')),
    await sourceTargets(req, all('citedSources')),
    await neighbourTargets(req, shown),
    await archiveTargets(req, doc, previousDoc),
  ]
  return mergeTargets(own, lists, ...related)
}
