import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { contentPieces } from '@/lib/import/wordpress/contentPieces'
import { readWxr } from '@/lib/import/wordpress/readWxr'

import { sharedFixturePath } from '../../../helpers/sharedFixtures'

// ../shared/fixtures/wxr, found by tests/helpers/sharedFixtures from its own location: null (the
// tests reading it skip, with a warning) when ../shared is absent, an error under CI.
const wxrFolder = sharedFixturePath('wxr')

/** The words a reader sees in some HTML: tags, block comments and entities aside. */
const words = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#\w]+;/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

const counts = (list: string[]) => list.reduce((all, word) => all.set(word, (all.get(word) ?? 0) + 1), new Map<string, number>())

describe('contentPieces', () => {
  it('makes paragraphs of classic text (wpautop) and takes out a YouTube URL alone on a line', () => {
    const { pieces, warnings } = contentPieces('First paragraph.\n\nSecond, with a line\nbreak.\n\nhttps://www.youtube.com/watch?v=Pr1ntPr3ssA&t=90\n\nAfter the video.')
    expect(pieces).toEqual([
      { kind: 'html', html: '<p>First paragraph.</p>\n<p>Second, with a line<br />\nbreak.</p>\n' },
      { kind: 'video', youtubeId: 'Pr1ntPr3ssA', start: 90, url: 'https://www.youtube.com/watch?v=Pr1ntPr3ssA&t=90' },
      { kind: 'html', html: '<p>After the video.</p>\n' },
    ])
    expect(warnings).toEqual([])
  })

  it('reads [embed] and [youtube] shortcodes and reports a plugin’s shortcode, keeping its text', () => {
    const { pieces, warnings } = contentPieces('[embed]https://youtu.be/Pr1ntPr3ssA[/embed]\n\n[youtube https://www.youtube.com/watch?v=Scr1b3sAbc0]\n\n[footnote]A note[/footnote]')
    expect(pieces.filter((piece) => piece.kind === 'video').map((piece) => piece.kind === 'video' && piece.youtubeId)).toEqual(['Pr1ntPr3ssA', 'Scr1b3sAbc0'])
    expect(pieces.at(-1)).toEqual({ kind: 'html', html: '<p>[footnote]A note[/footnote]</p>\n' })
    expect(warnings).toEqual(["The shortcode [footnote] is not WordPress's own: kept as text."])
  })

  it('reports WordPress’s media shortcodes, which have no counterpart here, keeping their text; a caption is not reported', () => {
    const { pieces, warnings } = contentPieces(
      '[gallery ids="1,2,3"]\n\n[audio mp3="https://example.com/a.mp3"][/audio]\n\n[video src="https://example.com/v.mp4"]\n\n[playlist ids="4,5"]\n\n[caption id="attachment_9" width="300"]<img src="https://example.com/i.jpg" alt="" /> An image[/caption]',
    )
    expect(warnings).toEqual([
      'The shortcode [gallery] has no counterpart here: kept as text.',
      'The shortcode [audio] has no counterpart here: kept as text.',
      'The shortcode [video] has no counterpart here: kept as text.',
      'The shortcode [playlist] has no counterpart here: kept as text.',
    ])
    const html = pieces.map((piece) => (piece.kind === 'html' ? piece.html : '')).join('')
    for (const kept of ['[gallery ids="1,2,3"]', '[audio mp3="https://example.com/a.mp3"][/audio]', '[video src="https://example.com/v.mp4"]', '[playlist ids="4,5"]']) expect(html).toContain(kept)
  })

  it('turns block markup into HTML, an embed block into a video, and reports blocks with no counterpart', () => {
    const content = [
      '<!-- wp:paragraph --><p>Before.</p><!-- /wp:paragraph -->',
      '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=Pr1ntPr3ssA","type":"video","providerNameSlug":"youtube"} --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=Pr1ntPr3ssA</div></figure><!-- /wp:embed -->',
      '<!-- wp:group --><div class="wp-block-group"><!-- wp:quote --><blockquote class="wp-block-quote"><!-- wp:paragraph --><p>Quoted.</p><!-- /wp:paragraph --></blockquote><!-- /wp:quote --></div><!-- /wp:group -->',
      '<!-- wp:jetpack/slideshow --><div class="slides">Slide text</div><!-- /wp:jetpack/slideshow -->',
    ].join('\n\n')
    const { pieces, warnings } = contentPieces(content)
    expect(pieces).toEqual([
      { kind: 'html', html: '<p>Before.</p>' },
      { kind: 'video', youtubeId: 'Pr1ntPr3ssA', start: null, url: 'https://www.youtube.com/watch?v=Pr1ntPr3ssA' },
      { kind: 'html', html: '<div class="wp-block-group"><blockquote class="wp-block-quote"><p>Quoted.</p></blockquote></div><div class="slides">Slide text</div>' },
    ])
    expect(warnings).toEqual(['The block jetpack/slideshow has no counterpart here: its text is kept as plain HTML.'])
  })

  // Posts and pages as the folder's README counts them: 58 + 21 and 61 + 1.
  it.skipIf(!wxrFolder).each([
    ['themeunittestdata.wordpress.xml', 79],
    ['64-block-test-data.xml', 62],
  ])('loses no word of any post or page of %s (%i of them)', async (name, postsAndPages) => {
    const items = (await readWxr(path.join(wxrFolder!, name))).items.filter((item) => item.type === 'post' || item.type === 'page')
    expect(items).toHaveLength(postsAndPages)
    for (const item of items) {
      const { pieces } = contentPieces(item.content)
      const kept = counts(words(pieces.map((piece) => (piece.kind === 'html' ? piece.html : piece.url)).join(' ')))
      for (const [word, times] of counts(words(item.content))) {
        expect(kept.get(word) ?? 0, `"${word}" in “${item.title}”`).toBeGreaterThanOrEqual(times)
      }
    }
  })

  it.skipIf(!wxrFolder)('finds the theme unit test data’s YouTube videos: a URL alone on a line and an embed block', async () => {
    const videos = (await readWxr(path.join(wxrFolder!, 'themeunittestdata.wordpress.xml'))).items.flatMap((item) => contentPieces(item.content).pieces.filter((piece) => piece.kind === 'video'))
    expect(videos.map((video) => video.kind === 'video' && video.youtubeId).sort()).toEqual(['SQEQr7c0-dw', 'ex8fMxXJDJw'].sort())
  })
})
