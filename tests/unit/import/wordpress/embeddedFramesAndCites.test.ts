import { describe, expect, it } from 'vitest'

import { contentPieces } from '@/lib/import/wordpress/contentPieces'
import { embeddedFrames } from '@/lib/import/wordpress/embeddedFrames'
import { quoteCitesAsParagraphs } from '@/lib/import/wordpress/quoteCites'

describe('embeddedFrames', () => {
  it('makes a YouTube player frame a video where it stood', () => {
    const warnings: string[] = []
    const pieces = embeddedFrames('<p>Before.</p><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA?start=42" allowfullscreen></iframe><p>After.</p>', warnings)
    expect(pieces).toEqual([
      { kind: 'html', html: '<p>Before.</p>' },
      { kind: 'video', youtubeId: 'Pr1ntPr3ssA', start: 42, url: 'https://www.youtube-nocookie.com/embed/Pr1ntPr3ssA?start=42' },
      { kind: 'html', html: '<p>After.</p>' },
    ])
    expect(warnings).toEqual([])
  })

  it('keeps any other web frame as a link to it, with a warning, and drops a frame with no web address', () => {
    const warnings: string[] = []
    const pieces = embeddedFrames("<iframe src='https://maps.example.org/embed?q=a&amp;b'></iframe><iframe src=\"javascript:alert(1)\"></iframe><iframe>", warnings)
    expect(pieces).toEqual([{ kind: 'html', html: '<p><a href="https://maps.example.org/embed?q=a&amp;b">https://maps.example.org/embed?q=a&amp;b</a></p>' }])
    expect(warnings).toEqual([
      'An embedded frame of https://maps.example.org/embed?q=a&b is not a YouTube video: kept as a link to it.',
      'An embedded frame of “javascript:alert(1)” was left out: it is not a web address.',
      'An embedded frame with no address was left out: it is not a web address.',
    ])
  })

  it('is found in classic text and in a Custom HTML block alike', () => {
    const classic = contentPieces('Intro.\n\n<iframe src="https://www.youtube.com/embed/Scr1b3sAbc0"></iframe>\n\nOutro.')
    expect(classic.pieces.map((piece) => (piece.kind === 'video' ? `video:${piece.youtubeId}` : 'html'))).toEqual(['html', 'video:Scr1b3sAbc0', 'html'])
    const block = contentPieces('<!-- wp:html --><iframe src="https://www.youtube.com/embed/Scr1b3sAbc0"></iframe><!-- /wp:html -->')
    expect(block.pieces).toEqual([{ kind: 'video', youtubeId: 'Scr1b3sAbc0', start: null, url: 'https://www.youtube.com/embed/Scr1b3sAbc0' }])
  })
})

describe('quoteCitesAsParagraphs', () => {
  it('moves a Gutenberg quote’s cite to a paragraph of its own at the end of the quotation', () => {
    expect(quoteCitesAsParagraphs('<blockquote class="wp-block-quote"><p>The press is a whore.</p><cite>S. Alliluyeva: ‘Twenty Letters to a Friend’, p. 216</cite></blockquote>')).toBe(
      '<blockquote class="wp-block-quote"><p>The press is a whore.</p><p>S. Alliluyeva: ‘Twenty Letters to a Friend’, p. 216</p></blockquote>',
    )
  })

  it('takes a cite out of the quoted paragraph and leaves no empty paragraph behind', () => {
    expect(quoteCitesAsParagraphs('<blockquote><p>Just text <cite>Plato, <em>Republic</em>, p. 9</cite></p></blockquote>')).toBe('<blockquote><p>Just text </p><p>Plato, <em>Republic</em>, p. 9</p></blockquote>')
    expect(quoteCitesAsParagraphs('<blockquote><p>Quoted.</p>\n<p><cite>Khrushchev, Memoirs, p. 4</cite></p></blockquote>')).toBe('<blockquote><p>Quoted.</p>\n<p>Khrushchev, Memoirs, p. 4</p></blockquote>')
  })

  it('leaves cites outside quotations and quotations without one as they are', () => {
    const html = '<p>As <cite>The Times</cite> said:</p><blockquote><p>No cite here.</p></blockquote>'
    expect(quoteCitesAsParagraphs(html)).toBe(html)
  })
})
