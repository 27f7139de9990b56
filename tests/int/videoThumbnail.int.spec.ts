import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { testPayload, unique } from './payload'

let payload: Payload
let server: Server
let baseUrl: string
const requests: string[] = []
let jpeg: Buffer

// Stands in for YouTube's image host: no maxres thumbnail, an sd one, and a video that has none.
beforeAll(async () => {
  payload = await testPayload()
  jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#884422' } }).jpeg().toBuffer()
  server = createServer((request, response) => {
    requests.push(request.url ?? '')
    if (request.url?.endsWith('/sddefault.jpg') && !request.url.includes('N0Thumbnai')) {
      response.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': jpeg.length }).end(jpeg)
    } else {
      response.writeHead(404, { 'Content-Type': 'text/html' }).end('<p>not found</p>')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.YOUTUBE_THUMBNAIL_BASE_URL = baseUrl
})

afterEach(() => {
  requests.length = 0
})

afterAll(async () => {
  process.env.YOUTUBE_THUMBNAIL_BASE_URL = 'off'
  await new Promise((resolve) => server.close(resolve))
})

const createVideo = (youtubeId: string, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'videos', data: { title: unique('Thumb'), youtubeUrl: `https://youtu.be/${youtubeId}`, ...extra } })

describe('video thumbnails', () => {
  it('are fetched once when a video is saved without one, largest available size first, into Media', async () => {
    const video = await createVideo('Thumbn4il01')
    expect(requests).toEqual(['/vi/Thumbn4il01/maxresdefault.jpg', '/vi/Thumbn4il01/sddefault.jpg'])
    expect(typeof video.thumbnail).toBe('object')
    const media = video.thumbnail as { mimeType?: string | null; filename?: string | null; width?: number | null; alt: string }
    expect(media).toMatchObject({ mimeType: 'image/jpeg', width: 640, alt: `Thumbnail of the video “${video.title}”` })
    expect(media.filename).toMatch(/^youtube-Thumbn4il01-sddefault/)

    requests.length = 0
    await payload.update({ collection: 'videos', id: video.id, data: { title: unique('Renamed') } })
    expect(requests).toEqual([])
  })

  it('are not fetched when the author uploaded one', async () => {
    const own = await payload.create({
      collection: 'media',
      data: { alt: 'Own poster' },
      file: { data: jpeg, mimetype: 'image/jpeg', name: `${unique('own')}.jpg`, size: jpeg.length },
    })
    const video = await createVideo('Thumbn4il02', { thumbnail: own.id })
    expect(requests).toEqual([])
    expect((video.thumbnail as { id: number }).id).toBe(own.id)
  })

  it('leave the video saved without a thumbnail when none can be fetched', async () => {
    const video = await createVideo('N0Thumbnai1')
    expect(requests).toEqual(['/vi/N0Thumbnai1/maxresdefault.jpg', '/vi/N0Thumbnai1/sddefault.jpg', '/vi/N0Thumbnai1/hqdefault.jpg'])
    expect(video.thumbnail ?? null).toBeNull()

    process.env.YOUTUBE_THUMBNAIL_BASE_URL = 'http://127.0.0.1:9'
    try {
      const offline = await createVideo('Thumbn4il03')
      expect(offline.thumbnail ?? null).toBeNull()
    } finally {
      process.env.YOUTUBE_THUMBNAIL_BASE_URL = baseUrl
    }
  })
})
