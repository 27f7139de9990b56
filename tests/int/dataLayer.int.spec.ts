/**
 * lib/data is the one layer that must never return a draft (lib/data/payload.ts: PUBLIC_READ and
 * documentReadOptions, whose draftMode() throws outside a request and so counts as off). This file
 * makes its own posts and pages, each with a made-up marker word in its title, slug, excerpt,
 * script, chapter headings and source annotation, and attaches them all to one category, tag,
 * series, source, channel and a video each:
 *
 *   shown:  an older published post; a published post (the "live" one) that also has a newer
 *           unpublished draft with a marker of its own; a published page with a newer draft
 *   hidden: a draft post; a post dated tomorrow (scheduled); a post published, then unpublished;
 *           the live post's newer draft; a draft page; a page dated tomorrow; the page's newer draft
 *
 * Each public getter is then asked for what would find them, and the result must hold every
 * shown marker it should (so an empty answer fails) and, JSON-serialised, no hidden marker at all.
 *
 * Exports of lib/data and how each is covered:
 *   posts.ts           getLatestPosts (page 1, newest first), getPostBySlug (each post's slug)
 *   pages.ts           getPageBySlug (each page's slug)
 *   archive.ts         getArchiveYears (this year's count grows by exactly the two shown posts),
 *                      getArchiveYear (this year, and tomorrow's year)
 *   postNavigation.ts  getPostNavigation (the live post: series parts, adjacent, related)
 *   search.ts          searchPosts (a word in every post, the live marker, each hidden marker)
 *   feeds.ts           getFeedSource (the site, and the category, tag, series and channel scopes)
 *   terms.ts           getTermPage (categories, tags, series, channels)
 *   videos.ts          getVideos (all, and the channel's), getVideoBySlug (each post's video)
 *   sources.ts         getSources (all, and of a type), getSourceBySlug ("cited in"),
 *                      getAllSources, getPostSources (each post's slug)
 *   sitemap.ts         getSitemap
 *   site.ts            getSite, getChannels (no post or page in them; checked all the same)
 *   youtubeDescription.ts          describePostForYouTube (the live post as getPostBySlug reads it)
 *   youtubeDescriptionEndpoint.ts  youtubeDescriptionEndpoint: an anonymous request is refused
 *                                  before any script is read
 *   payload.ts         documentReadOptions (the public options outside a request), PUBLIC_READ,
 *                      payloadClient (the same Payload the tests write with)
 * Not applicable (read no content): asEditor (the endpoint's option builder; editors read drafts
 * there by design), cleanQuery (a pure string helper, run inside searchPosts), siteBaseUrl (a
 * re-export of a pure URL helper), POST_FILTER_BY_TERM (a table, used by the term and feed
 * getters above), and the constants POSTS_PER_PAGE, SEARCH_PAGE_SIZE, MAX_QUERY_LENGTH and
 * FULL_RANK_LIMIT.
 */
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Category, Channel, Page, Post, Series, Source, Tag, Video } from '@/payload-types'

import { citationNode, heading, lexicalDocument, lexicalParagraph, paragraph } from '../helpers/lexical'
import { testPayload } from './payload'

// Letters only: full-text search splits words at digits.
const letters = (value: number) => value.toString(36).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)])
const stamp = `${letters(process.pid)}${letters(Date.now())}`

/** Words that must show: the published versions. */
const shown = { olderPost: `zqolder${stamp}`, livePost: `zqlive${stamp}`, livePage: `zqlivepage${stamp}` }
/** Words that must never show: drafts, scheduled documents, unpublished ones, newer drafts. */
const hidden = {
  draftPost: `zqdraft${stamp}`,
  futurePost: `zqfuture${stamp}`,
  unpublishedPost: `zqunpublished${stamp}`,
  newerPostDraft: `zqnewerdraft${stamp}`,
  draftPage: `zqdraftpage${stamp}`,
  futurePage: `zqfuturepage${stamp}`,
  newerPageDraft: `zqnewerpagedraft${stamp}`,
}
const hiddenMarkers = Object.values(hidden)
/** In the script of every post, shown or hidden: a search for it could find them all. */
const everyPostWord = `zqshared${stamp}`

/** The result holds every given shown marker and, serialised, no hidden one. */
function expectPublicOnly(result: unknown, ...shownMarkers: string[]) {
  const json = JSON.stringify(result) ?? ''
  expect(shownMarkers.filter((marker) => !json.includes(marker)), 'published markers missing').toEqual([])
  expect(hiddenMarkers.filter((marker) => json.includes(marker)), 'hidden markers present').toEqual([])
}

const titleOf = (marker: string) => `Title ${marker}`
const postSlug = (marker: string) => `post-${marker}`
const postExcerpt = (marker: string) => `Excerpt ${marker}`
const pageSlug = (marker: string) => `page-${marker}`

/** A script: three chapter headings (YouTube's minimum) and a paragraph citing sources, all carrying the marker. */
const scriptOf = (marker: string, citations: { source: number; locator: string }[]) =>
  lexicalDocument(
    heading('h2', `Opening ${marker}`, '0:00'),
    paragraph(`The ${marker} argument, with ${everyPostWord}.`, ...citations.map(({ source, locator }) => citationNode(source, locator))),
    heading('h2', `Middle ${marker}`, '1:00'),
    paragraph('The middle.'),
    heading('h2', `Closing ${marker}`, '2:00'),
    paragraph('The end.'),
  )

// Dated when this file loads, after every earlier file's writes: the shown posts are the newest public
// ones, the draft and the unpublished post sit between them, the scheduled ones are dated tomorrow.
const now = Date.now()
const dates = {
  older: new Date(now - 400).toISOString(),
  unpublished: new Date(now - 300).toISOString(),
  draft: new Date(now - 200).toISOString(),
  live: new Date(now - 100).toISOString(),
  tomorrow: new Date(now + 86_400_000).toISOString(),
}
const thisYear = new Date(dates.live).getUTCFullYear()
const tomorrowsYear = new Date(dates.tomorrow).getUTCFullYear()

let payload: Payload
let data: {
  payload: typeof import('@/lib/data/payload')
  posts: typeof import('@/lib/data/posts')
  pages: typeof import('@/lib/data/pages')
  archive: typeof import('@/lib/data/archive')
  navigation: typeof import('@/lib/data/postNavigation')
  search: typeof import('@/lib/data/search')
  feeds: typeof import('@/lib/data/feeds')
  terms: typeof import('@/lib/data/terms')
  videos: typeof import('@/lib/data/videos')
  sources: typeof import('@/lib/data/sources')
  sitemap: typeof import('@/lib/data/sitemap')
  site: typeof import('@/lib/data/site')
  youtubeDescription: typeof import('@/lib/data/youtubeDescription')
  youtubeDescriptionEndpoint: typeof import('@/lib/data/youtubeDescriptionEndpoint')
}
let terms: { category: Category; tag: Tag; series: Series; channel: Channel }
/** `cited` is cited by every post; `draftOnly` only by hidden posts and the live post's newer draft. */
let sources: { cited: Source; draftOnly: Source }
let videos: Record<'older' | 'unpublished' | 'draft' | 'live' | 'future', Video>
let posts: Record<'older' | 'unpublished' | 'draft' | 'live' | 'future', Post>
let pages: Record<'live' | 'draft' | 'future', Page>
let archiveYearsBefore: { year: number; posts: number }[]
const cleanup: (() => Promise<unknown>)[] = []

/** A shown post's summary (lists, navigation) as it was written. */
const summaryOf = (key: 'live' | 'older') => {
  const marker = key === 'live' ? shown.livePost : shown.olderPost
  return { id: posts[key].id, title: titleOf(marker), slug: postSlug(marker), excerpt: postExcerpt(marker), publishedAt: dates[key] }
}
const pickSummary = (post: { id: number; title: string; slug?: string | null; excerpt?: string | null; publishedAt?: string | null }) => ({
  id: post.id,
  title: post.title,
  slug: post.slug,
  excerpt: post.excerpt,
  publishedAt: post.publishedAt,
})

async function createTerms() {
  const category = await payload.create({ collection: 'categories', data: { title: `Category ${stamp}`, slug: `zqcategory${stamp}` } })
  const tag = await payload.create({ collection: 'tags', data: { title: `Tag ${stamp}`, slug: `zqtag${stamp}` } })
  const series = await payload.create({ collection: 'series', data: { title: `Series ${stamp}`, slug: `zqseries${stamp}` } })
  const channel = await payload.create({ collection: 'channels', data: { name: `Channel ${stamp}`, slug: `zqchannel${stamp}`, url: `https://www.youtube.com/@zqchannel${stamp}` } })
  cleanup.push(
    () => payload.delete({ collection: 'categories', id: category.id }),
    () => payload.delete({ collection: 'tags', id: tag.id }),
    () => payload.delete({ collection: 'series', id: series.id }),
    () => payload.delete({ collection: 'channels', id: channel.id }),
  )
  return { category, tag, series, channel }
}

async function createSources() {
  const make = (title: string, slug: string) => payload.create({ collection: 'sources', data: { type: 'book', title, slug, authors: [{ family: 'Writer', given: 'Wendy' }] } })
  const cited = await make(`Cited book ${stamp}`, `zqcitedsource${stamp}`)
  const draftOnly = await make(`Draft-only book ${stamp}`, `zqdraftonlysource${stamp}`)
  cleanup.push(
    () => payload.delete({ collection: 'sources', id: cited.id }),
    () => payload.delete({ collection: 'sources', id: draftOnly.id }),
  )
  return { cited, draftOnly }
}

/** One video per post (a video has one script), all on the channel, dated a day apart. */
async function createVideos() {
  const keys = ['older', 'unpublished', 'draft', 'live', 'future'] as const
  const made = {} as typeof videos
  for (const [index, key] of keys.entries()) {
    made[key] = await payload.create({
      collection: 'videos',
      data: {
        title: `Video ${key} ${stamp}`,
        slug: `video-${key}-${stamp}`,
        youtubeUrl: `https://www.youtube.com/watch?v=${`${'abcde'[index]}${stamp}xxxxxxxxxxx`.slice(0, 11)}`,
        channel: terms.channel.id,
        publishedAt: new Date(now - (5 - index) * 86_400_000).toISOString(),
        duration: 600,
      },
    })
    cleanup.push(() => payload.delete({ collection: 'videos', id: made[key].id }))
  }
  return made
}

type PostFields = { publishedAt: string; seriesPosition: number; video: Video; locator: string; _status: 'draft' | 'published'; citesDraftOnly: boolean }
/** A post on every term, citing (at `locator`) and listing the `cited` source. */
function postData(marker: string, { publishedAt, seriesPosition, video, locator, _status, citesDraftOnly }: PostFields) {
  return {
    title: titleOf(marker),
    slug: postSlug(marker),
    excerpt: postExcerpt(marker),
    content: scriptOf(marker, [{ source: sources.cited.id, locator }, ...(citesDraftOnly ? [{ source: sources.draftOnly.id, locator: '1' }] : [])]),
    sources: [{ source: sources.cited.id, annotation: `Annotation ${marker}` }],
    publishedAt,
    categories: [terms.category.id],
    tags: [terms.tag.id],
    series: terms.series.id,
    seriesPosition,
    video: video.id,
    _status,
  }
}

async function createPost(marker: string, fields: PostFields) {
  const post = await payload.create({ collection: 'posts', data: postData(marker, fields) })
  cleanup.unshift(() => payload.delete({ collection: 'posts', id: post.id }))
  return post
}

async function createPosts() {
  const older = await createPost(shown.olderPost, { publishedAt: dates.older, seriesPosition: 1, video: videos.older, locator: '11', _status: 'published', citesDraftOnly: false })
  const unpublished = await createPost(hidden.unpublishedPost, { publishedAt: dates.unpublished, seriesPosition: 2, video: videos.unpublished, locator: '21', _status: 'published', citesDraftOnly: true })
  await payload.update({ collection: 'posts', id: unpublished.id, data: { _status: 'draft' } })
  const draft = await createPost(hidden.draftPost, { publishedAt: dates.draft, seriesPosition: 3, video: videos.draft, locator: '31', _status: 'draft', citesDraftOnly: true })
  const live = await createPost(shown.livePost, { publishedAt: dates.live, seriesPosition: 4, video: videos.live, locator: '41', _status: 'published', citesDraftOnly: false })
  // A newer draft of the live post: new words everywhere, a new locator and one more source.
  await payload.update({
    collection: 'posts',
    id: live.id,
    draft: true,
    data: {
      title: titleOf(hidden.newerPostDraft),
      excerpt: postExcerpt(hidden.newerPostDraft),
      content: scriptOf(hidden.newerPostDraft, [{ source: sources.cited.id, locator: '99' }, { source: sources.draftOnly.id, locator: '98' }]),
      sources: [{ source: sources.cited.id, annotation: `Annotation ${hidden.newerPostDraft}` }, { source: sources.draftOnly.id, annotation: `Annotation ${hidden.newerPostDraft}` }],
    },
  })
  const future = await createPost(hidden.futurePost, { publishedAt: dates.tomorrow, seriesPosition: 5, video: videos.future, locator: '51', _status: 'published', citesDraftOnly: true })
  return { older, unpublished, draft, live, future }
}

async function createPages() {
  const make = async (marker: string, extra: { _status: 'draft' | 'published'; publishedAt?: string }) => {
    const page = await payload.create({ collection: 'pages', data: { title: titleOf(marker), slug: pageSlug(marker), content: lexicalParagraph(`The page ${marker}.`) as Page['content'], ...extra } })
    cleanup.unshift(() => payload.delete({ collection: 'pages', id: page.id }))
    return page
  }
  const live = await make(shown.livePage, { _status: 'published' })
  await payload.update({ collection: 'pages', id: live.id, draft: true, data: { title: titleOf(hidden.newerPageDraft), content: lexicalParagraph(`The page ${hidden.newerPageDraft}.`) as Page['content'] } })
  const draft = await make(hidden.draftPage, { _status: 'draft' })
  const future = await make(hidden.futurePage, { _status: 'published', publishedAt: dates.tomorrow })
  return { live, draft, future }
}

beforeAll(async () => {
  payload = await testPayload()
  // Imported after testPayload(): the data layer reads the Payload config, which needs the test environment.
  data = {
    payload: await import('@/lib/data/payload'),
    posts: await import('@/lib/data/posts'),
    pages: await import('@/lib/data/pages'),
    archive: await import('@/lib/data/archive'),
    navigation: await import('@/lib/data/postNavigation'),
    search: await import('@/lib/data/search'),
    feeds: await import('@/lib/data/feeds'),
    terms: await import('@/lib/data/terms'),
    videos: await import('@/lib/data/videos'),
    sources: await import('@/lib/data/sources'),
    sitemap: await import('@/lib/data/sitemap'),
    site: await import('@/lib/data/site'),
    youtubeDescription: await import('@/lib/data/youtubeDescription'),
    youtubeDescriptionEndpoint: await import('@/lib/data/youtubeDescriptionEndpoint'),
  }
  archiveYearsBefore = await data.archive.getArchiveYears()
  terms = await createTerms()
  sources = await createSources()
  videos = await createVideos()
  posts = await createPosts()
  pages = await createPages()
})

afterAll(async () => {
  // Posts and pages first (unshifted), then what they point at.
  for (const undo of cleanup) await undo()
})

const shownPostsNewestFirst = () => [summaryOf('live'), summaryOf('older')]
/** Videos are public (no drafts): every one of ours, by their YouTube dates. */
const videoSlugsNewestFirst = () => ['future', 'live', 'draft', 'unpublished', 'older'].map((key) => `video-${key}-${stamp}`)
const hiddenPostSlugs = () => [hidden.draftPost, hidden.futurePost, hidden.unpublishedPost].map(postSlug)

describe('lib/data/payload.ts', () => {
  it('reads as an anonymous visitor, published versions only, outside a request', async () => {
    expect(data.payload.PUBLIC_READ).toEqual({ overrideAccess: false, draft: false })
    expect(await data.payload.documentReadOptions()).toEqual({ overrideAccess: false, draft: false, preview: false })
    expect(await data.payload.payloadClient()).toBe(payload)
  })
})

describe('posts and pages', () => {
  it('getPostBySlug returns the published version of a shown post and null for every hidden one', async () => {
    const live = await data.posts.getPostBySlug(postSlug(shown.livePost))
    expect(pickSummary(live!)).toEqual(summaryOf('live'))
    expectPublicOnly(live, shown.livePost)
    const older = await data.posts.getPostBySlug(postSlug(shown.olderPost))
    expect(pickSummary(older!)).toEqual(summaryOf('older'))
    expectPublicOnly(older, shown.olderPost)
    expect(await Promise.all(hiddenPostSlugs().map((slug) => data.posts.getPostBySlug(slug)))).toEqual([null, null, null])
  })

  it('getLatestPosts lists the two shown posts first, newest first', async () => {
    const latest = await data.posts.getLatestPosts()
    expect(latest.page).toBe(1)
    expect(latest.posts.slice(0, 2).map(pickSummary)).toEqual(shownPostsNewestFirst())
    expectPublicOnly(latest, shown.livePost, shown.olderPost)
  })

  it('getPageBySlug returns the published version of the shown page and null for the draft and the scheduled one', async () => {
    const live = await data.pages.getPageBySlug(pageSlug(shown.livePage))
    expect({ id: live?.id, title: live?.title }).toEqual({ id: pages.live.id, title: titleOf(shown.livePage) })
    expectPublicOnly(live, shown.livePage)
    expect(await data.pages.getPageBySlug(pageSlug(hidden.draftPage))).toBeNull()
    expect(await data.pages.getPageBySlug(pageSlug(hidden.futurePage))).toBeNull()
  })
})

describe('archive, navigation and search', () => {
  it('getArchiveYears counts the two shown posts and nothing hidden', async () => {
    const after = await data.archive.getArchiveYears()
    const postsIn = (years: { year: number; posts: number }[], year: number) => years.find((entry) => entry.year === year)?.posts ?? 0
    const added = (year: number) => postsIn(after, year) - postsIn(archiveYearsBefore, year)
    // The draft and the unpublished post are dated this year too; the scheduled one tomorrow.
    expect({ thisYear: added(thisYear), tomorrowsYear: added(tomorrowsYear) }).toEqual(tomorrowsYear === thisYear ? { thisYear: 2, tomorrowsYear: 2 } : { thisYear: 2, tomorrowsYear: 0 })
  })

  it('getArchiveYear lists the shown posts first in this month, and nothing hidden in this year or tomorrow’s', async () => {
    const year = (await data.archive.getArchiveYear(thisYear)).months
    expect(year[0].month).toBe(new Date(dates.live).getUTCMonth() + 1)
    expect(year[0].posts.slice(0, 2).map(({ id, title, slug, publishedAt }) => ({ id, title, slug, publishedAt }))).toEqual(
      shownPostsNewestFirst().map(({ excerpt: _excerpt, ...post }) => post),
    )
    expectPublicOnly(year, shown.livePost, shown.olderPost)
    expectPublicOnly(await data.archive.getArchiveYear(tomorrowsYear))
  })

  it('getPostNavigation links the live post only to the older one: hidden posts sit between them and after', async () => {
    const live = await data.posts.getPostBySlug(postSlug(shown.livePost))
    const navigation = await data.navigation.getPostNavigation(live!)
    const older = summaryOf('older')
    expect(navigation).toEqual({
      series: { previous: { ...older, seriesPosition: 1 }, next: null },
      adjacent: { previous: older, next: null },
      related: [older],
    })
  })

  it('searchPosts finds the shown posts and never a hidden one', async () => {
    const everyPost = await data.search.searchPosts(everyPostWord)
    expect({ total: everyPost.total, titles: everyPost.hits.map((hit) => hit.title).sort() }).toEqual({
      total: 2,
      titles: [titleOf(shown.livePost), titleOf(shown.olderPost)].sort(),
    })
    expectPublicOnly(everyPost, shown.livePost, shown.olderPost)

    const live = await data.search.searchPosts(shown.livePost)
    expect({ total: live.total, ids: live.hits.map((hit) => hit.id) }).toEqual({ total: 1, ids: [posts.live.id] })
    expectPublicOnly(live, shown.livePost)

    for (const marker of hiddenMarkers) {
      expect(await data.search.searchPosts(marker)).toEqual({ query: marker, hits: [], total: 0, page: 1, totalPages: 0 })
    }
  })
})

describe('feeds, terms and the sitemap', () => {
  it('getFeedSource: the site feed starts with the shown posts; each term’s feed has exactly them', async () => {
    const site = await data.feeds.getFeedSource()
    expect(site?.posts.slice(0, 2).map((post) => post.id)).toEqual([posts.live.id, posts.older.id])
    expectPublicOnly(site, shown.livePost, shown.olderPost)

    const scopes = [
      { kind: 'categories', slug: terms.category.slug!, title: `Category ${stamp}` },
      { kind: 'tags', slug: terms.tag.slug!, title: `Tag ${stamp}` },
      { kind: 'series', slug: terms.series.slug!, title: `Series ${stamp}` },
      { kind: 'channels', slug: terms.channel.slug!, title: `Channel ${stamp}` },
    ] as const
    for (const { kind, slug, title } of scopes) {
      const feed = await data.feeds.getFeedSource({ kind, slug })
      expect({ scope: feed?.scope, ids: feed?.posts.map((post) => post.id) }).toEqual({ scope: { title, path: `/${kind}/${slug}` }, ids: [posts.live.id, posts.older.id] })
      expectPublicOnly(feed, shown.livePost, shown.olderPost)
    }
  })

  it('getTermPage lists exactly the shown posts for a category, tag, series and channel', async () => {
    const live = { ...summaryOf('live'), seriesPosition: 4 }
    const older = { ...summaryOf('older'), seriesPosition: 1 }
    const pick = (post: { seriesPosition?: number | null } & Parameters<typeof pickSummary>[0]) => ({ ...pickSummary(post), seriesPosition: post.seriesPosition })
    const expected = { categories: [live, older], tags: [live, older], series: [older, live], channels: [live, older] } as const
    for (const [kind, slug] of [['categories', terms.category.slug], ['tags', terms.tag.slug], ['series', terms.series.slug], ['channels', terms.channel.slug]] as const) {
      const page = await data.terms.getTermPage(kind, slug!)
      expect({ kind: page?.kind, posts: page?.posts.map(pick) }).toEqual({ kind, posts: expected[kind] })
      expect(page?.videos.map((video) => video.slug)).toEqual(kind === 'channels' ? videoSlugsNewestFirst() : [])
      expectPublicOnly(page, shown.livePost, shown.olderPost)
    }
  })

  it('getSitemap lists the shown posts, the shown page, the category and the series, and no hidden address', async () => {
    const sitemap = await data.sitemap.getSitemap()
    const ours = sitemap.map((entry) => new URL(entry.url).pathname).filter((path) => path.includes(stamp))
    expect(ours.sort()).toEqual(
      [`/posts/${postSlug(shown.livePost)}`, `/posts/${postSlug(shown.olderPost)}`, `/${pageSlug(shown.livePage)}`, `/categories/zqcategory${stamp}`, `/series/zqseries${stamp}`].sort(),
    )
    expectPublicOnly(sitemap, shown.livePost, shown.olderPost, shown.livePage)
  })
})

describe('videos and the YouTube description', () => {
  it('getVideos lists every video (videos are public) and no hidden script with them', async () => {
    const all = await data.videos.getVideos()
    expect(all.map((video) => video.slug).filter((slug) => slug?.endsWith(stamp))).toEqual(videoSlugsNewestFirst())
    expectPublicOnly(all)
    const channel = await data.videos.getVideos({ channel: terms.channel.slug! })
    expect(channel.map((video) => ({ slug: video.slug, channel: video.channel }))).toEqual(
      videoSlugsNewestFirst().map((slug) => ({ slug, channel: { name: `Channel ${stamp}`, slug: `zqchannel${stamp}` } })),
    )
    expectPublicOnly(channel)
  })

  it('getVideoBySlug names the published script and its chapters, and no script for a hidden post’s video', async () => {
    const live = await data.videos.getVideoBySlug(videos.live.slug!)
    expect({ scriptPost: live?.scriptPost, chapters: live?.chapters.map(({ title, start }) => ({ title, start })) }).toEqual({
      scriptPost: { title: titleOf(shown.livePost), slug: postSlug(shown.livePost) },
      chapters: [
        { title: `Opening ${shown.livePost}`, start: 0 },
        { title: `Middle ${shown.livePost}`, start: 60 },
        { title: `Closing ${shown.livePost}`, start: 120 },
      ],
    })
    expectPublicOnly(live, shown.livePost)
    for (const key of ['draft', 'unpublished', 'future'] as const) {
      const video = await data.videos.getVideoBySlug(videos[key].slug!)
      expect({ slug: video?.slug, scriptPost: video?.scriptPost, chapters: video?.chapters }).toEqual({ slug: `video-${key}-${stamp}`, scriptPost: null, chapters: [] })
      expectPublicOnly(video)
    }
  })

  it('describePostForYouTube, given the post getPostBySlug read, describes the published version', async () => {
    const live = await data.posts.getPostBySlug(postSlug(shown.livePost))
    const description = await data.youtubeDescription.describePostForYouTube(payload, live!)
    expect(description.text).toContain(`0:00 Opening ${shown.livePost}\n1:00 Middle ${shown.livePost}\n2:00 Closing ${shown.livePost}`)
    expect(description.text).toContain(`Annotation ${shown.livePost}`)
    expect(description.text).not.toContain(`Draft-only book ${stamp}`)
    expectPublicOnly(description, shown.livePost)
  })

  it('youtubeDescriptionEndpoint refuses an anonymous request before reading any script', async () => {
    const readScripts: number[] = []
    const endpoint = data.youtubeDescriptionEndpoint.youtubeDescriptionEndpoint(async (_req, id) => {
      readScripts.push(id)
      return posts.draft
    }, 'No such post.')
    const response = await endpoint.handler({ payload, user: null, routeParams: { id: String(posts.draft.id) } } as unknown as PayloadRequest)
    expect({ status: response.status, readScripts }).toEqual({ status: 401, readScripts: [] })
    expectPublicOnly(await response.json())
  })
})

describe('sources', () => {
  const countsOf = (list: (Source & { citedBy?: number })[]) =>
    list.filter((source) => source.slug?.endsWith(stamp)).map(({ slug, citedBy, citationCount }) => ({ slug, citedBy, citationCount }))

  it('getSources counts only the published posts citing each source', async () => {
    const expected = [
      { slug: `zqcitedsource${stamp}`, citedBy: 2, citationCount: 2 },
      { slug: `zqdraftonlysource${stamp}`, citedBy: 0, citationCount: 0 },
    ]
    const all = await data.sources.getSources()
    expect(countsOf(all)).toEqual(expected)
    expectPublicOnly(all)
    const books = await data.sources.getSources({ type: 'book' })
    expect(countsOf(books)).toEqual(expected)
    expectPublicOnly(books)
  })

  it('getSourceBySlug lists the published posts citing a source with their published locators', async () => {
    const cited = await data.sources.getSourceBySlug(sources.cited.slug!)
    expect(cited?.citedIn).toEqual([
      { id: posts.live.id, title: titleOf(shown.livePost), slug: postSlug(shown.livePost), publishedAt: dates.live, locators: ['page 41'] },
      { id: posts.older.id, title: titleOf(shown.olderPost), slug: postSlug(shown.olderPost), publishedAt: dates.older, locators: ['page 11'] },
    ])
    expect(cited?.source.citationCount).toBe(2)
    expectPublicOnly(cited, shown.livePost, shown.olderPost)
    const draftOnly = await data.sources.getSourceBySlug(sources.draftOnly.slug!)
    expect({ citedIn: draftOnly?.citedIn, citationCount: draftOnly?.source.citationCount }).toEqual({ citedIn: [], citationCount: 0 })
  })

  it('getAllSources has both sources with their public citation counts', async () => {
    const all = await data.sources.getAllSources()
    expect(countsOf(all)).toEqual([
      { slug: `zqcitedsource${stamp}`, citedBy: undefined, citationCount: 2 },
      { slug: `zqdraftonlysource${stamp}`, citedBy: undefined, citationCount: 0 },
    ])
    expectPublicOnly(all)
  })

  it('getPostSources gives the published version’s sources, and null for a hidden post', async () => {
    expect((await data.sources.getPostSources(postSlug(shown.livePost)))?.map((source) => source.id)).toEqual([sources.cited.id])
    expect((await data.sources.getPostSources(postSlug(shown.olderPost)))?.map((source) => source.id)).toEqual([sources.cited.id])
    expect(await Promise.all(hiddenPostSlugs().map((slug) => data.sources.getPostSources(slug)))).toEqual([null, null, null])
  })
})

describe('site settings and channels', () => {
  it('getSite is the site global and getChannels has the channel; neither holds a hidden word', async () => {
    const site = await data.site.getSite()
    expect(site).toEqual(await payload.findGlobal({ slug: 'site', depth: 1 }))
    expectPublicOnly(site)
    const channels = await data.site.getChannels()
    expect(channels.filter((channel) => channel.id === terms.channel.id).map(({ name, slug, url }) => ({ name, slug, url }))).toEqual([
      { name: `Channel ${stamp}`, slug: `zqchannel${stamp}`, url: `https://www.youtube.com/@zqchannel${stamp}` },
    ])
    expectPublicOnly(channels)
  })
})
