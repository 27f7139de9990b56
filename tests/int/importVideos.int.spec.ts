/**
 * YouTube videos in a WordPress export, on a real PostgreSQL: a script's first embedded video
 * becomes its video, every other one stays in the text as a link to it and becomes a Video
 * record; a page (which has no video of its own) keeps all of its videos as links.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importWordPress } from '@/lib/import/wordpress/importWordPress'
import type { Page, Post } from '@/payload-types'

import { removeImportedData } from './importedData'
import { testPayload } from './payload'

let payload: Payload
const VIDEOS = ['Vid3oOne001', 'Vid3oTwo002', 'Vid3oThr003', 'Vid3oPag004']

function writeExport(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-videos-')), 'videos-export.xml')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Videos</title><link>https://videos.example.com</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://videos.example.com</wp:base_blog_url>
<item><title>Three Videos</title><wp:post_id>51</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>three-videos</wp:post_name>
  <wp:post_date_gmt>2020-02-02 10:00:00</wp:post_date_gmt><content:encoded><![CDATA[The essay itself.

https://www.youtube.com/watch?v=${VIDEOS[0]}

A clip of the interview:

[youtube https://youtu.be/${VIDEOS[1]}?t=90]

And the reply:

<iframe src="https://www.youtube-nocookie.com/embed/${VIDEOS[2]}" width="560" height="315"></iframe>

The end.]]></content:encoded></item>
<item><title>Channel Trailer</title><wp:post_id>52</wp:post_id><wp:post_type>page</wp:post_type><wp:status>publish</wp:status><wp:post_name>channel-trailer</wp:post_name>
  <wp:post_date_gmt>2020-02-02 10:00:00</wp:post_date_gmt><content:encoded><![CDATA[Watch the trailer:

https://www.youtube.com/watch?v=${VIDEOS[3]}]]></content:encoded></item>
</channel></rss>`,
  )
  return file
}

const cleanUp = () => removeImportedData(payload, { videos: VIDEOS })
beforeAll(async () => {
  payload = await testPayload()
  await cleanUp()
})
afterAll(cleanUp)

type Node = { type: string; children?: Node[]; fields?: { url?: string }; text?: string }
const linkUrls = (nodes: Node[]): string[] => nodes.flatMap((node) => [...(node.type === 'link' ? [node.fields?.url ?? ''] : []), ...linkUrls(node.children ?? [])])

describe('YouTube videos in a WordPress export', () => {
  it('link a script’s first video to it, keep the others as links in its text, and make a Video record of each', async () => {
    const { report } = await importWordPress(payload, writeExport())
    expect(report.counts.videos).toEqual({ created: 4, updated: 0, skipped: 0 })
    expect(report.warnings.filter((warning) => /video|youtube/i.test(warning))).toEqual([])

    const videos = await payload.find({ collection: 'videos', where: { youtubeId: { in: VIDEOS } }, sort: 'youtubeId', depth: 0 })
    const byYouTubeId = new Map(videos.docs.map((video) => [video.youtubeId, video]))
    expect(videos.docs.map((video) => [video.youtubeId, video.title]).sort()).toEqual(
      [
        [VIDEOS[0], 'Three Videos'],
        [VIDEOS[1], 'Three Videos (video 2)'],
        [VIDEOS[2], 'Three Videos (video 3)'],
        [VIDEOS[3], 'Channel Trailer (video 1)'],
      ].sort(),
    )

    const post = (await payload.find({ collection: 'posts', where: { wordpressId: { equals: '51@videos.example.com' } }, depth: 0 })).docs[0] as Post
    expect(post.video).toBe(byYouTubeId.get(VIDEOS[0])?.id)
    const postLinks = linkUrls(post.content.root.children as unknown as Node[])
    expect(postLinks).toEqual([`https://www.youtube.com/watch?v=${VIDEOS[1]}&t=90s`, `https://www.youtube.com/watch?v=${VIDEOS[2]}`])
    expect(JSON.stringify(post.content)).toContain('"text":"The end."')

    const page = (await payload.find({ collection: 'pages', where: { wordpressId: { equals: '52@videos.example.com' } }, depth: 0 })).docs[0] as Page
    expect(linkUrls(page.content.root.children as unknown as Node[])).toEqual([`https://www.youtube.com/watch?v=${VIDEOS[3]}`])
  })
})
