import { describe, expect, it } from 'vitest'

import { chaptersToPodcastJson } from '@/lib/chapters/podcastChapters'
import { chaptersToWebVtt, vttTimestamp } from '@/lib/chapters/webVtt'

const chapters = [
  { title: 'The abbot’s complaint', start: 0, anchor: 'the-abbots-complaint' },
  { title: 'Print & its <discontents> --> now', start: 425, anchor: 'print' },
  { title: 'An hour in', start: 3723.5, anchor: 'an-hour-in' },
]

describe('WebVTT chapters', () => {
  it('formats cue timestamps', () => {
    expect(vttTimestamp(0)).toBe('00:00:00.000')
    expect(vttTimestamp(3723.5)).toBe('01:02:03.500')
  })

  it('writes one cue per chapter ending where the next starts, with escaped text', () => {
    expect(chaptersToWebVtt(chapters, 4000)).toBe(
      [
        'WEBVTT',
        '',
        '1',
        '00:00:00.000 --> 00:07:05.000',
        'The abbot’s complaint',
        '',
        '2',
        '00:07:05.000 --> 01:02:03.500',
        'Print &amp; its &lt;discontents&gt; --&gt; now',
        '',
        '3',
        '01:02:03.500 --> 01:06:40.000',
        'An hour in',
        '',
      ].join('\n'),
    )
  })
})

describe('Podcasting 2.0 JSON chapters', () => {
  it('lists start and end times, titles and links to the headings', () => {
    expect(chaptersToPodcastJson(chapters.slice(0, 2), { title: 'Video', scriptUrl: 'https://example.org/posts/x', duration: 600 })).toEqual({
      version: '1.2.0',
      title: 'Video',
      chapters: [
        { startTime: 0, endTime: 425, title: 'The abbot’s complaint', url: 'https://example.org/posts/x#the-abbots-complaint' },
        { startTime: 425, endTime: 600, title: 'Print & its <discontents> --> now', url: 'https://example.org/posts/x#print' },
      ],
    })
  })

  it('leaves out what it does not know', () => {
    expect(chaptersToPodcastJson(chapters.slice(0, 1), {})).toEqual({ version: '1.2.0', chapters: [{ startTime: 0, title: 'The abbot’s complaint' }] })
  })
})
