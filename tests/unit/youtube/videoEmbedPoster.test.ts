import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { VideoEmbed } from '@/components/video/VideoEmbed'
import type { Media } from '@/payload-types'

// A poster as YouTube's 1280×720 thumbnail is stored: the original, its WebP card and the 1200×630 crop.
const poster = {
  id: 7,
  alt: 'Thumbnail of “This Will Kill That”',
  url: '/api/media/file/thumb-9f8e7d6c.jpg',
  mimeType: 'image/jpeg',
  width: 1280,
  height: 720,
  sizes: {
    card: { url: '/api/media/file/thumb-9f8e7d6c-768x432.webp', width: 768, height: 432, mimeType: 'image/webp' },
    og: { url: '/api/media/file/thumb-9f8e7d6c-1200x630.jpg', width: 1200, height: 630, mimeType: 'image/jpeg' },
  },
  updatedAt: '',
  createdAt: '',
} as Media

const render = (priority?: boolean) => renderToStaticMarkup(createElement(VideoEmbed, { youtubeId: 'dQw4w9WgXcQ', title: 'This Will Kill That', poster, priority }))

describe('the video player’s poster', () => {
  it('leading the page: WebP in a srcset, loaded at once and first, decorative beside the caption', () => {
    const html = render(true)
    expect(html).toContain(
      '<picture><source type="image/webp" srcSet="/api/media/file/thumb-9f8e7d6c-768x432.webp 768w, /api/media/file/thumb-9f8e7d6c.jpg 1280w" sizes="(max-width: 50rem) 100vw, 50rem"/>' +
        '<img src="/api/media/file/thumb-9f8e7d6c.jpg" srcSet="/api/media/file/thumb-9f8e7d6c.jpg 1280w" sizes="(max-width: 50rem) 100vw, 50rem" alt="" width="1280" height="720" loading="eager" fetchPriority="high"/></picture>',
    )
    // The 1200×630 crop is for social cards, not for the 16:9 player.
    expect(html).not.toContain('1200x630')
  })

  it('further down a page: loaded lazily', () => {
    expect(render()).toContain('alt="" width="1280" height="720" loading="lazy"/>')
  })

  it('without a poster: the caption alone, no image', () => {
    const html = renderToStaticMarkup(createElement(VideoEmbed, { youtubeId: 'dQw4w9WgXcQ', title: 'This Will Kill That', poster: null }))
    expect(html).not.toContain('<img')
    expect(html).toContain('<span class="video-embed__title">This Will Kill That</span>')
  })
})
