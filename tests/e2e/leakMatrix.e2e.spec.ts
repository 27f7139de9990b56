/**
 * Nothing leaks: a draft, a future-dated post, an unpublished post and a published post with a
 * newer unpublished draft, each with its own word, are looked for by an anonymous reader on every
 * public surface: pages, lists, terms, "cited in", video and channel pages, search, feeds, the
 * sitemap, exports, chapter and description files, REST (draft, where, depth, select, versions)
 * and GraphQL (versions included), and preview without credentials. Only published versions show.
 */
import { expect, test } from '@playwright/test'

import { heading, lexicalDocument, paragraph } from '../helpers/lexical'
import { ADMIN } from './helpers'

test.describe.configure({ timeout: 180_000 })

test('only published versions reach an anonymous reader, on every surface', async ({ request, browser }) => {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const stamp = Date.now().toString(36)
  // One made-up word per version: found anywhere a reader can reach, it has leaked.
  const word = (kind: string) => `zq${kind}${stamp}`
  const hidden = { draft: word('draft'), future: word('future'), unpublished: word('unpublished'), newerDraft: word('newerdraft') }
  // Searched for instead of the title words, which the search page repeats back; only in the body.
  const bodyWord = (marker: string) => `body${marker.slice(2)}`
  const visible = word('published')
  const created: { collection: string; id: number }[] = []
  const make = async (collection: string, data: Record<string, unknown>, query = '') => {
    const response = await request.post(`/api/${collection}${query}`, { data })
    expect(response.status(), `${collection}: ${(await response.text()).slice(0, 300)}`).toBe(201)
    const doc = (await response.json()).doc as { id: number; slug: string }
    created.push({ collection, id: doc.id })
    return doc
  }
  // An anonymous reader: no cookie, no test headers.
  const readerContext = await browser.newContext({ extraHTTPHeaders: {} })
  const reader = readerContext.request
  try {
    const category = await make('categories', { title: `Leak category ${stamp}`, slug: `leak-category-${stamp}` })
    const tag = await make('tags', { title: `Leak tag ${stamp}`, slug: `leak-tag-${stamp}` })
    const source = await make('sources', { type: 'book', title: `Leak source ${stamp}`, authors: [{ family: 'Leaky', given: 'Lee' }] })
    const channel = await make('channels', { name: `Leak channel ${stamp}`, url: `https://www.youtube.com/@leak-${stamp}` })
    const post = async (kind: string, marker: string, extra: Record<string, unknown>, query = '') => {
      const video = await make('videos', { title: `Leak video ${kind} ${stamp}`, youtubeUrl: `https://www.youtube.com/watch?v=lk${kind.slice(0, 3)}${stamp.slice(-6)}`.slice(0, 43), channel: channel.id })
      const doc = await make(
        'posts',
        {
          title: `Leak ${marker}`,
          slug: `leak-${kind}-${stamp}`,
          excerpt: `Excerpt ${marker}`,
          content: lexicalDocument(heading('h2', `Opening ${marker}`, '00:00:00'), paragraph(`Body ${bodyWord(marker)}`), heading('h2', `Chapter ${marker}`, '00:02:00'), paragraph(`More ${marker}`), heading('h2', `Closing ${marker}`, '00:04:00'), paragraph(`End ${marker}`)),
          sources: [{ source: source.id, annotation: `Annotation ${marker}` }],
          categories: [category.id],
          tags: [tag.id],
          video: video.id,
          ...extra,
        },
        query,
      )
      return { ...doc, video }
    }
    const draft = await post('draft', hidden.draft, { _status: 'draft' }, '?draft=true')
    const future = await post('future', hidden.future, { _status: 'published', publishedAt: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString() })
    const unpublished = await post('unpublished', hidden.unpublished, { _status: 'published' })
    expect((await request.patch(`/api/posts/${unpublished.id}`, { data: { _status: 'draft' } })).status()).toBe(200)
    const published = await post('published', visible, { _status: 'published' })
    const newer = await request.patch(`/api/posts/${published.id}?draft=true`, { data: { title: `Leak ${hidden.newerDraft}`, excerpt: `Excerpt ${hidden.newerDraft}`, _status: 'draft' } })
    expect(newer.status()).toBe(200)

    const posts = [draft, future, unpublished, published]
    const pages = [
      '/',
      '/archive',
      `/archive/${new Date().getUTCFullYear()}`,
      `/archive/${new Date().getUTCFullYear() + 1}`,
      `/categories/${category.slug}`,
      `/tags/${tag.slug}`,
      `/sources/${source.slug}`,
      '/sources',
      '/videos',
      `/channels/${channel.slug}`,
      '/sitemap.xml',
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
      `/categories/${category.slug}/feed.xml`,
      `/tags/${tag.slug}/atom.xml`,
      `/channels/${channel.slug}/feed.json`,
      '/sources.json',
      '/sources.bib',
      '/sources.ris',
      ...[...Object.values(hidden), visible].map((marker) => `/search?q=${bodyWord(marker)}`),
      ...posts.flatMap((one) => [`/posts/${one.slug}`, `/posts/${one.slug}/sources.json`, `/posts/${one.slug}/sources.bib`, `/posts/${one.slug}/youtube-description.txt`]),
      ...posts.flatMap((one) => [`/videos/${one.video.slug}`, `/videos/${one.video.slug}/chapters.vtt`, `/videos/${one.video.slug}/chapters.json`]),
      '/api/posts?limit=100&depth=2',
      '/api/posts?limit=100&draft=true',
      `/api/posts?where[searchText][like]=${bodyWord(hidden.draft)}&draft=true`,
      `/api/posts?where[slug][equals]=${draft.slug}&draft=true`,
      `/api/posts?where[_status][equals]=draft&draft=true`,
      '/api/posts?limit=100&select[title]=true&select[excerpt]=true&draft=true',
      ...posts.flatMap((one) => [`/api/posts/${one.id}`, `/api/posts/${one.id}?draft=true`, `/api/posts/${one.id}?depth=2&draft=true`]),
      '/api/posts/versions?limit=100',
      `/api/sources/${source.id}?depth=2`,
      `/api/videos?limit=100&depth=2`,
      `/api/channels/${channel.id}?depth=2`,
      `/api/categories/${category.id}?depth=2`,
      `/preview?slug=${draft.slug}&collection=posts&path=/posts/${draft.slug}`,
    ]
    // What each request answered; the markers are looked for in the answers only.
    const seen: { asked: string; status: number; body: string }[] = []
    for (const path of pages) {
      const response = await reader.get(path, { maxRedirects: 0 })
      seen.push({ asked: path, status: response.status(), body: await response.text() })
    }
    const graphql = [
      `{ Posts(limit: 100, draft: true) { docs { title excerpt } } }`,
      `{ Posts(where: { slug: { equals: "${draft.slug}" } }) { docs { title } } }`,
      `{ versionsPosts(limit: 100) { docs { version { title excerpt } } } }`,
      ...posts.map((one) => `{ Post(id: ${one.id}, draft: true) { title excerpt } }`),
    ]
    for (const query of graphql) {
      const response = await reader.post('/api/graphql', { data: { query } })
      seen.push({ asked: `graphql ${query}`, status: response.status(), body: await response.text() })
    }

    for (const [kind, marker] of Object.entries(hidden)) {
      expect(seen.filter((answer) => answer.body.includes(marker)).map((answer) => `${answer.asked} ${answer.status}`), `${kind} (${marker})`).toEqual([])
    }
    // The published version is there, where a reader looks for it.
    const answer = (asked: string) => seen.find((one) => one.asked === asked)
    for (const path of ['/', `/posts/${published.slug}`, '/feed.xml', `/categories/${category.slug}`, `/sources/${source.slug}`, `/videos/${published.video.slug}`, `/api/posts/${published.id}`, `/search?q=${bodyWord(visible)}`]) {
      expect({ status: answer(path)?.status, shows: answer(path)?.body.includes(visible) }, path).toEqual({ status: 200, shows: true })
    }
    for (const one of [draft, future, unpublished]) expect(answer(`/posts/${one.slug}`)?.status, one.slug).toBe(404)
  } finally {
    await readerContext.close()
    for (const { collection, id } of created.reverse()) await request.delete(`/api/${collection}/${id}`)
  }
})
