import { describe, expect, it } from 'vitest'

import { youtubeDescription } from '@/lib/youtube/youtubeDescription'

const input = {
  excerpt: 'A fifteenth-century abbot argued for copying by hand.',
  scriptUrl: 'https://example.org/posts/this-will-kill-that',
  chapters: [
    { title: 'The abbot’s complaint', start: 0, anchor: 'a' },
    { title: 'What print changed', start: 425, anchor: 'b' },
    { title: 'An hour in', start: 3723, anchor: 'c' },
  ],
  sources: [
    { id: 1, text: 'Bacon, Francis. Novum Organum. London: John Bill, 1620.', url: 'https://www.gutenberg.org/ebooks/45988', annotation: 'Primary.' },
    { id: 2, text: 'Trithemius, Johannes. De laude scriptorum. Mainz, 1492.', url: null, annotation: null },
  ],
  channels: [
    { name: 'Scriptorium Essays', url: 'https://www.youtube.com/@scriptorium-essays' },
    { name: 'Scriptorium Reads', url: 'https://www.youtube.com/@scriptorium-reads' },
  ],
}

describe('youtubeDescription', () => {
  it('writes excerpt, script link, chapters in YouTube’s format, sources and channels', () => {
    expect(youtubeDescription(input)).toEqual({
      warnings: [],
      text: `A fifteenth-century abbot argued for copying by hand.

Read the full script, with every source: https://example.org/posts/this-will-kill-that

CHAPTERS
0:00 The abbot’s complaint
7:05 What print changed
1:02:03 An hour in

SOURCES
1. Bacon, Francis. Novum Organum. London: John Bill, 1620. https://www.gutenberg.org/ebooks/45988
   Primary.
2. Trithemius, Johannes. De laude scriptorum. Mainz, 1492.

CHANNELS
Scriptorium Essays: https://www.youtube.com/@scriptorium-essays
Scriptorium Reads: https://www.youtube.com/@scriptorium-reads
`,
    })
  })

  it('leaves out empty sections', () => {
    expect(youtubeDescription({ scriptUrl: 'https://example.org/p', chapters: [], sources: [], channels: [] }).text).toBe(
      'Read the full script, with every source: https://example.org/p\n',
    )
  })

  it('replaces the angle brackets YouTube refuses and warns past 5000 characters', () => {
    const long = youtubeDescription({ ...input, excerpt: `<b>${'x'.repeat(5000)}</b>` })
    expect(long.text).not.toMatch(/[<>]/)
    expect(long.text.startsWith('‹b›')).toBe(true)
    expect(long.warnings).toEqual([expect.stringMatching(/^The description is \d+ characters; YouTube allows 5000/)])
  })
})
