import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'

import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { redirectsChanged } from '@/lib/redirects/redirectTable'
import { slugify } from '@/lib/slug/slugify'

import { appendChannelList, applyChapterMarkup, applyCitationMarkup } from './blockMarkup'
import { demoPoster } from './demoPoster'
import { demoDate } from './demoDates'
import { demoChannels, demoPages, demoPosts, demoSite, demoSources, demoTaxonomy, demoVideos } from './demoContent'

// Bulk writes skip per-document side effects such as revalidation.
const context = { disableRevalidate: true, seeding: true }

const CONTENT_COLLECTIONS: CollectionSlug[] = ['posts', 'pages', 'sources', 'videos', 'channels']

/** True when none of the content collections holds a document (users do not count). */
export async function isContentEmpty(payload: Payload): Promise<boolean> {
  for (const collection of CONTENT_COLLECTIONS) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return false
  }
  return true
}

/** Creates the document with this slug, or updates it: running the seed twice duplicates nothing. */
async function upsertBySlug<T extends SluggedCollection>(
  payload: Payload,
  collection: T,
  data: RequiredDataFromCollectionSlug<T>,
): Promise<{ id: number }> {
  const existing = await payload.find({ collection, where: { slug: { equals: data.slug } }, limit: 1, depth: 0, overrideAccess: true })
  const doc = existing.docs[0]
  // `data` is checked against the collection at each call site; Payload's update overloads cannot follow a generic slug.
  if (doc) return payload.update({ collection, id: doc.id, data: data as never, context, overrideAccess: true, depth: 0 }) as Promise<{ id: number }>
  return payload.create({ collection, data, context, overrideAccess: true, depth: 0 }) as Promise<{ id: number }>
}

/** The demo video's poster, drawn once and reused when seeding again. */
async function demoThumbnail(payload: Payload, slug: string, title: string, channel: string): Promise<number> {
  const filename = `demo-${slug}.png`
  // Stored names carry their content's hash (collections/Media/hooks/contentAddressedName.ts): demo-<slug>-<8 hex>.png.
  const stored = new RegExp(`^demo-${slug}-[0-9a-f]{8}\\.png$`)
  const { docs } = await payload.find({ collection: 'media', where: { filename: { like: `demo-${slug}-` } }, pagination: false, depth: 0, overrideAccess: true, select: { filename: true } })
  const found = docs.find((doc) => stored.test(doc.filename ?? ''))
  if (found) return found.id
  const data = await demoPoster(title, channel)
  const media = await payload.create({
    collection: 'media',
    data: { alt: `Poster of the video “${title}”`, credit: 'Scriptorium demo content' },
    file: { data, mimetype: 'image/png', name: filename, size: data.length },
    context,
    overrideAccess: true,
  })
  return media.id
}

type SluggedCollection = 'posts' | 'pages' | 'sources' | 'videos' | 'channels' | 'categories' | 'tags' | 'series'

/** `now`: the day the demo dates count back from (lib/seed/demoDates.ts). */
export async function seedDemoContent(payload: Payload, now: Date = new Date()): Promise<void> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const lexical = (markdown: string) => applyChapterMarkup(convertMarkdownToLexical({ editorConfig, markdown }))
  const ids = new Map<string, number>()
  const remember = (key: string, doc: { id: number }) => ids.set(key, doc.id)
  const idOf = (key: string) => {
    const id = ids.get(key)
    if (id === undefined) throw new Error(`Demo content refers to "${key}", which was not seeded`)
    return id
  }

  for (const { key, ...channel } of demoChannels) {
    remember(`channel:${key}`, await upsertBySlug(payload, 'channels', { ...channel, slug: slugify(channel.name) }))
  }
  for (const { key, channel, published, ...video } of demoVideos) {
    const slug = slugify(video.title)
    const channelName = demoChannels.find((candidate) => candidate.key === channel)?.name ?? ''
    const data = { ...video, publishedAt: demoDate(published, now), slug, channel: idOf(`channel:${channel}`), thumbnail: await demoThumbnail(payload, slug, video.title, channelName) }
    remember(`video:${key}`, await upsertBySlug(payload, 'videos', data))
  }
  for (const { key, ...source } of demoSources) {
    remember(`source:${key}`, await upsertBySlug(payload, 'sources', { ...source, authors: [...source.authors], slug: slugify(source.title) }))
  }
  for (const kind of ['categories', 'tags', 'series'] as const) {
    for (const { key, ...term } of demoTaxonomy[kind]) {
      remember(`${kind}:${key}`, await upsertBySlug(payload, kind, { ...term, slug: slugify(term.title) }))
    }
  }
  for (const post of demoPosts) {
    await upsertBySlug(payload, 'posts', {
      title: post.title,
      slug: slugify(post.title),
      excerpt: post.excerpt,
      content: applyCitationMarkup(lexical(post.markdown), (key) => idOf(`source:${key}`)),
      publishedAt: demoDate(post.published, now),
      video: idOf(`video:${post.video}`),
      categories: post.categories.map((key) => idOf(`categories:${key}`)),
      tags: post.tags.map((key) => idOf(`tags:${key}`)),
      series: 'series' in post ? idOf(`series:${post.series}`) : null,
      seriesPosition: 'seriesPosition' in post ? post.seriesPosition : null,
      sources: post.sources.map(({ source, annotation }) => ({ source: idOf(`source:${source}`), annotation })),
      _status: 'published',
    })
  }
  for (const page of demoPages) {
    const content = appendChannelList(lexical(page.markdown), page.channelList)
    await upsertBySlug(payload, 'pages', { title: page.title, slug: page.slug, content, _status: 'published' })
  }
  await payload.updateGlobal({ slug: 'site', data: { ...demoSite }, context, overrideAccess: true })
  // Seeding skips the per-document hooks (disableRevalidate): the redirect table is read again once.
  redirectsChanged()
}

/** Seeds only a database without content; never touches one that has any. */
export async function seedIfEmpty(payload: Payload, log: (line: string) => void = console.log): Promise<boolean> {
  if (!(await isContentEmpty(payload))) return false
  log('Empty database: adding the demo content (two channels, two videos, four sources, two posts, an About page).')
  await seedDemoContent(payload)
  return true
}
