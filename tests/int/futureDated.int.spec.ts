/**
 * A published post dated in the future is scheduled: public nowhere until its date
 * (lib/publishing/publicRule.ts). Each public reader of posts is asked, then the date is moved
 * to the past and each shows it, so an empty answer is never mistaken for the rule at work.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lookupRedirect, redirectsChanged } from '@/lib/redirects/redirectTable'

import { citationNode, lexicalDocument, paragraph } from '../helpers/lexical'
import { testPayload, unique } from './payload'

let payload: Payload
let data: {
  posts: typeof import('@/lib/data/posts')
  archive: typeof import('@/lib/data/archive')
  navigation: typeof import('@/lib/data/postNavigation')
  search: typeof import('@/lib/data/search')
  sitemap: typeof import('@/lib/data/sitemap')
  feeds: typeof import('@/lib/data/feeds')
  terms: typeof import('@/lib/data/terms')
  sources: typeof import('@/lib/data/sources')
}
const cleanup: (() => Promise<unknown>)[] = []

beforeAll(async () => {
  payload = await testPayload()
  // Imported after testPayload(): the data layer reads the Payload config, which needs the test environment.
  data = {
    posts: await import('@/lib/data/posts'),
    archive: await import('@/lib/data/archive'),
    navigation: await import('@/lib/data/postNavigation'),
    search: await import('@/lib/data/search'),
    sitemap: await import('@/lib/data/sitemap'),
    feeds: await import('@/lib/data/feeds'),
    terms: await import('@/lib/data/terms'),
    sources: await import('@/lib/data/sources'),
  }
})
afterAll(async () => {
  for (const undo of cleanup) await undo()
})

describe('a published post with a future date', () => {
  it('is on no public surface until its date, and on every one once the date has passed', async () => {
    const word = unique('chronoscript').replace(/[^a-z]/g, '')
    const category = await payload.create({ collection: 'categories', data: { title: unique('Future'), slug: unique('future-cat') } })
    const source = await payload.create({ collection: 'sources', data: { type: 'book', title: unique('Future Source'), authors: [{ family: 'Author', given: 'Ann' }] } })
    const year = 1700 + Math.floor(Math.random() * 50)
    const before = await payload.create({
      collection: 'posts',
      data: { title: unique('Before'), content: lexicalDocument(paragraph('Earlier.')), categories: [category.id], publishedAt: `${year}-01-01T00:00:00.000Z`, _status: 'published' },
    })
    const future = await payload.create({
      collection: 'posts',
      data: {
        title: unique('Future'),
        content: lexicalDocument(paragraph(`A ${word} claim`, citationNode(source.id, '9'))),
        categories: [category.id],
        publishedAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
        _status: 'published',
      },
    })
    const redirectFrom = `/${unique('old-future')}`
    const redirect = await payload.create({ collection: 'redirects', data: { from: redirectFrom, to: { type: 'reference', reference: { relationTo: 'posts', value: future.id } } } })
    cleanup.push(
      () => payload.delete({ collection: 'redirects', id: redirect.id }),
      () => payload.delete({ collection: 'posts', id: future.id }),
      () => payload.delete({ collection: 'posts', id: before.id }),
      () => payload.delete({ collection: 'sources', id: source.id }),
      () => payload.delete({ collection: 'categories', id: category.id }),
    )

    /** Where the post shows, surface by surface (true = the post is there). */
    const surfaces = async () => {
      const sitemap = await data.sitemap.getSitemap()
      const feed = await data.feeds.getFeedSource({ kind: 'categories', slug: category.slug! })
      const term = await data.terms.getTermPage('categories', category.slug!)
      const cited = await data.sources.getSourceBySlug(source.slug!)
      const fresh = (await payload.findByID({ collection: 'posts', id: future.id, depth: 0 })) as typeof future
      const navigation = await data.navigation.getPostNavigation({ ...before, publishedAt: before.publishedAt })
      const years = await data.archive.getArchiveYears()
      const archiveYear = new Date(fresh.publishedAt!).getUTCFullYear()
      redirectsChanged()
      return {
        page: (await data.posts.getPostBySlug(future.slug!)) !== null,
        rest: (await payload.find({ collection: 'posts', where: { id: { equals: future.id } }, overrideAccess: false, user: null })).totalDocs === 1,
        home: (await data.posts.getLatestPosts({ limit: 100 })).posts.some((post) => post.id === future.id),
        archive: years.some((entry) => entry.year === archiveYear) && (await data.archive.getArchiveYear(archiveYear)).months.some((month) => month.posts.some((post) => post.id === future.id)),
        // The two share a category no other post has: each is in the other's related list.
        navigation: navigation.related.some((post) => post.id === future.id),
        term: term!.posts.some((post) => post.id === future.id),
        feed: feed!.posts.some((post) => post.id === future.id),
        sitemap: sitemap.some((entry) => entry.url.endsWith(`/posts/${future.slug}`)),
        search: (await data.search.searchPosts(word)).total === 1,
        citedIn: cited!.citedIn.some((post) => post.id === future.id),
        citationCount: (await payload.findByID({ collection: 'sources', id: source.id, overrideAccess: false, user: null })).citationCount === 1,
        redirect: (await lookupRedirect(redirectFrom)) === `/posts/${future.slug}`,
      }
    }
    const all = (shown: boolean) => ({ page: shown, rest: shown, home: shown, archive: shown, navigation: shown, term: shown, feed: shown, sitemap: shown, search: shown, citedIn: shown, citationCount: shown, redirect: shown })

    expect(await surfaces()).toEqual(all(false))
    // Its date passes (moved to a minute ago: the newest post, as it would be at its date).
    await payload.update({ collection: 'posts', id: future.id, data: { publishedAt: new Date(Date.now() - 60_000).toISOString() } })
    expect(await surfaces()).toEqual(all(true))
  })
})
