import type { Payload } from 'payload'

import type { Post } from '@/payload-types'
import { extractChapters } from '@/lib/chapters/extractChapters'
import { buildApparatus } from '@/lib/citations/apparatus'
import { absoluteUrl } from '@/lib/richtext/urls'
import { siteBaseUrl } from '@/lib/site/baseUrl'
import { slugify } from '@/lib/slug/slugify'
import { type YouTubeDescription, youtubeDescription } from '@/lib/youtube/youtubeDescription'

/**
 * The YouTube description for a script (its sources populated). Takes the Payload instance so the
 * admin's endpoints (inside Payload) and the public route share it without importing the config.
 */
export async function describePostForYouTube(payload: Payload, post: Post): Promise<YouTubeDescription> {
  const [site, channels] = await Promise.all([
    payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: false, draft: false }),
    payload.find({ collection: 'channels', sort: 'order', limit: 50, depth: 0, overrideAccess: false }),
  ])
  const baseUrl = siteBaseUrl(site)
  return youtubeDescription({
    excerpt: post.excerpt,
    // Drafts may not have their slug yet; it will be made from the title.
    scriptUrl: absoluteUrl(`/posts/${post.slug ?? slugify(post.title)}`, baseUrl),
    chapters: extractChapters(post.content).chapters,
    // The same Sources section as the page, in the site's style, as plain text.
    sources: buildApparatus(post, site.citationStyle, 'text').bibliography.map(({ source, reference, annotation }) => ({
      id: source.id,
      text: reference,
      url: null,
      annotation,
    })),
    channels: channels.docs.map((channel) => ({ name: channel.name, url: channel.url })),
  })
}
