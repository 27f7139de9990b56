import { describe, expect, it } from 'vitest'

import { isoDuration } from '@/lib/seo/isoDuration'
import { videoObject } from '@/lib/seo/videoObject'
import { nocookieEmbedUrl } from '@/lib/youtube/embedUrl'

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [59, 'PT59S'],
    [1934, 'PT32M14S'],
    [3600, 'PT1H'],
    [3723, 'PT1H2M3S'],
  ])('%d s → %s', (seconds, iso) => expect(isoDuration(seconds)).toBe(iso))
})

describe('nocookieEmbedUrl', () => {
  it('builds the privacy-enhanced player URL with autoplay and a whole-second start', () => {
    expect(nocookieEmbedUrl('Pr1ntPr3ssA', { autoplay: true, start: 90.7 })).toBe('https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA?autoplay=1&start=90')
    expect(nocookieEmbedUrl('Pr1ntPr3ssA')).toBe('https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA')
  })
})

describe('videoObject', () => {
  it('describes a video for search engines with an ISO 8601 duration and the nocookie embed', () => {
    expect(
      videoObject({ title: 'T', description: 'D', youtubeId: 'Pr1ntPr3ssA', publishedAt: '2026-10-02T16:00:00.000Z', duration: 1934, thumbnailUrl: 'https://example.com/t.png' }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: 'T',
      description: 'D',
      thumbnailUrl: ['https://example.com/t.png'],
      uploadDate: '2026-10-02T16:00:00.000Z',
      duration: 'PT32M14S',
      embedUrl: 'https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA',
      url: 'https://www.youtube.com/watch?v=Pr1ntPr3ssA',
    })
  })
})

describe('videoObject with chapters', () => {
  it('adds a Clip part per chapter with start and end offsets and a URL that starts there', () => {
    const chapters = [
      { title: 'Opening', start: 0, anchor: 'opening' },
      { title: 'Middle', start: 425, anchor: 'middle' },
    ]
    expect(videoObject({ title: 'T', youtubeId: 'Pr1ntPr3ssA', duration: 1934, chapters }).hasPart).toEqual([
      { '@type': 'Clip', name: 'Opening', startOffset: 0, endOffset: 425, url: 'https://www.youtube.com/watch?v=Pr1ntPr3ssA&t=0s' },
      { '@type': 'Clip', name: 'Middle', startOffset: 425, endOffset: 1934, url: 'https://www.youtube.com/watch?v=Pr1ntPr3ssA&t=425s' },
    ])
    expect(videoObject({ title: 'T', youtubeId: 'Pr1ntPr3ssA', chapters: chapters.slice(1) }).hasPart).toEqual([
      { '@type': 'Clip', name: 'Middle', startOffset: 425, url: 'https://www.youtube.com/watch?v=Pr1ntPr3ssA&t=425s' },
    ])
    expect(videoObject({ title: 'T', youtubeId: 'Pr1ntPr3ssA', chapters: [] })).not.toHaveProperty('hasPart')
  })
})
