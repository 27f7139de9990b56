import { describe, expect, it } from 'vitest'

import { lexicalToHtml } from '@/lib/richtext/lexicalToHtml'

/** An image in a script as the editor stores it, with the media document populated (depth ≥ 1). */
const imageDocument = {
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'upload',
        version: 3,
        format: '',
        id: 'upload-1',
        fields: null,
        relationTo: 'media',
        value: {
          id: 7,
          alt: 'A map of the abbey',
          url: '/api/media/file/map.png',
          filename: 'map.png',
          mimeType: 'image/png',
          width: 800,
          height: 450,
          sizes: {
            small: { url: '/api/media/file/map-320x180.png', filename: 'map-320x180.png', mimeType: 'image/png', width: 320, height: 180, filesize: 100 },
            medium: { url: '/api/media/file/map-768x432.webp', filename: 'map-768x432.webp', mimeType: 'image/webp', width: 768, height: 432, filesize: 100 },
          },
        },
      },
    ],
  },
}

describe('images in feed HTML', () => {
  it('every srcset address is absolute, like src (checklist 0.3: relative URLs break images in readers)', () => {
    const html = lexicalToHtml(imageDocument as never, 'https://essays.example')
    expect(html.match(/srcset="[^"]*"/g)).toEqual(['srcset="https://essays.example/api/media/file/map-320x180.png"', 'srcset="https://essays.example/api/media/file/map-768x432.webp"'])
    expect(html.match(/\ssrc="[^"]*"/g)).toEqual([' src="https://essays.example/api/media/file/map.png"'])
  })
})
