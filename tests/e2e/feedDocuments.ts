/**
 * Reading the site's feeds as a feed reader does, shared by feeds.e2e.spec.ts and
 * feedChecklist.e2e.spec.ts: the documents are parsed with fast-xml-parser, never with the
 * generator the app writes them with (the `feed` package, through xml-js).
 */
import { expect, type APIRequestContext } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'

const ARRAYS = new Set(['rss.channel.item', 'rss.channel.item.category', 'feed.entry', 'feed.link'])

/** Items, an item's categories, entries and the feed's links always come back as arrays. */
export const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, jpath) => ARRAYS.has(String(jpath)) })

/** The RSS, Atom and JSON feeds of the site (scope '') or of one term (scope '/tags/printing'), as text. */
export async function feedsText(request: APIRequestContext, scope = '') {
  return Promise.all(['/feed.xml', '/atom.xml', '/feed.json'].map(async (path) => (await request.get(`${scope}${path}`)).text()))
}

/**
 * Waits until a feed carries Last-Modified: the app leaves it out during the second of a change
 * (lib/feeds/feedResponse.ts), when a copy could not be told from the next change's by its date.
 */
export async function untilLastModified(request: APIRequestContext, path: string): Promise<void> {
  await expect.poll(async () => (await request.get(path)).headers()['last-modified'], { message: `${path} carries Last-Modified`, timeout: 5_000, intervals: [250] }).toBeTruthy()
}

/** Text of an Atom text construct as a reader shows it: type="html" is HTML, so its escapes are read. */
export const atomText = (value: string, type: string | undefined) =>
  type === 'html' ? value.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name] ?? '') : value
