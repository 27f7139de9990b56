import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ResponsiveImage } from '@/components/media/ResponsiveImage'
import type { Media } from '@/payload-types'

const media = (fields: Partial<Media>): Media => ({ id: 1, alt: 'A press', updatedAt: '', createdAt: '', ...fields }) as Media
const render = (doc: Media) => renderToStaticMarkup(createElement(ResponsiveImage, { media: doc, sizes: '50rem' }))

describe('a responsive image', () => {
  it('offers the WebP sizes in a source (the original only beyond the widest), the original the fallback', () => {
    const html = render(
      media({
        url: '/api/media/file/press-1a2b3c4d.jpg',
        mimeType: 'image/jpeg',
        width: 2400,
        height: 1350,
        sizes: {
          card: { url: '/api/media/file/press-1a2b3c4d-768x432.webp', width: 768, height: 432, mimeType: 'image/webp' },
          hero: { url: '/api/media/file/press-1a2b3c4d-1600x900.webp', width: 1600, height: 900, mimeType: 'image/webp' },
        },
      }),
    )
    expect(html).toBe(
      '<picture><source type="image/webp" srcSet="/api/media/file/press-1a2b3c4d-768x432.webp 768w, /api/media/file/press-1a2b3c4d-1600x900.webp 1600w, /api/media/file/press-1a2b3c4d.jpg 2400w" sizes="50rem"/>' +
        '<img src="/api/media/file/press-1a2b3c4d.jpg" srcSet="/api/media/file/press-1a2b3c4d.jpg 2400w" sizes="50rem" alt="A press" width="2400" height="1350" loading="lazy"/></picture>',
    )
  })

  it('keeps a narrower original as the widest choice when no WebP is as wide', () => {
    const html = render(
      media({
        url: '/api/media/file/map-5e6f7a8b.png',
        mimeType: 'image/png',
        width: 1200,
        height: 675,
        sizes: { card: { url: '/api/media/file/map-5e6f7a8b-768x432.webp', width: 768, height: 432, mimeType: 'image/webp' } },
      }),
    )
    expect(html).toContain('<source type="image/webp" srcSet="/api/media/file/map-5e6f7a8b-768x432.webp 768w, /api/media/file/map-5e6f7a8b.png 1200w" sizes="50rem"/>')
  })

  it('is a plain img for images uploaded before the WebP sizes, its hero the default', () => {
    const html = render(
      media({
        url: '/api/media/file/old.jpg',
        mimeType: 'image/jpeg',
        width: 2000,
        height: 1000,
        sizes: {
          card: { url: '/api/media/file/old-768x432.jpg', width: 768, height: 432, mimeType: 'image/jpeg' },
          hero: { url: '/api/media/file/old-1600x800.jpg', width: 1600, height: 800, mimeType: 'image/jpeg' },
        },
      }),
    )
    expect(html).toBe(
      '<img src="/api/media/file/old-1600x800.jpg" srcSet="/api/media/file/old-768x432.jpg 768w, /api/media/file/old-1600x800.jpg 1600w, /api/media/file/old.jpg 2000w" sizes="50rem" alt="A press" width="2000" height="1000" loading="lazy"/>',
    )
  })
})
