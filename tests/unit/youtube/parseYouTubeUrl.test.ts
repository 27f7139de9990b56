import { describe, expect, it } from 'vitest'

import { type ParseResult, parseYouTubeUrl } from '@/lib/youtube/parseYouTubeUrl'
import { readSharedFixture } from '@/tests/helpers/sharedFixtures'

type Case = { url: string; id: string | null; start: number | null; expect: 'accept' | 'reject' | 'lenient'; kind: string; note?: string }

// The parser's reasons, written out: each refused case below names the one it must give.
const EMPTY = 'Enter the video’s YouTube URL.'
const NOT_A_URL = 'This is not a URL. Paste the video’s address, e.g. https://www.youtube.com/watch?v=dQw4w9WgXcQ'
const NOT_HTTP = 'The URL must start with https://'
const NOT_A_VIDEO_URL =
  'This is not a YouTube video URL. Use a link such as https://www.youtube.com/watch?v=…, https://youtu.be/…, /shorts/…, /live/… or /embed/… (not a channel, playlist or search page).'
const NO_VIDEO_ID = 'The URL does not contain a valid YouTube video id (11 letters, digits, "-" or "_").'

const refused = (reason: string): ParseResult => ({ ok: false, reason })

/**
 * The fixture lets a strict field refuse its 'lenient' forms (legacy, third-party, scheme-less);
 * this parser's choice for each one is pinned here, so that refusing everything cannot pass.
 */
const LENIENT: Record<string, ParseResult> = {
  'https://m.youtube.com/details?v=HRb7B9fPhfA': refused(NOT_A_VIDEO_URL),
  'https://music.youtube.com/watch?v=MgNrAu2pzNs': refused(NOT_A_VIDEO_URL),
  'https://www.youtubekids.com/watch?v=3b8nCWDgZ6Q': refused(NOT_A_VIDEO_URL),
  '//www.YouTube.com/watch?v=yZIXLfi8CZQ': refused(NOT_A_URL),
  'youtube.com/watch?feature=feedrec_grec_index&v=0zM3nApSvMg ': refused(NOT_A_URL),
  'https://www.youtube.com/watch_popup?v=63RmMXCd_bQ': refused(NOT_A_VIDEO_URL),
  'https://youtube.googleapis.com/v/BaW_jenozKc': refused(NOT_A_VIDEO_URL),
  'youtu.be/WijF8aivOo8': refused(NOT_A_URL),
  // The path segment "G-3YxlZIhus&feature=channel" is taken whole, and is no id.
  'http://youtu.be/G-3YxlZIhus&feature=channel': refused(NO_VIDEO_ID),
  '//youtube.com/embed/HRb7B9fPhfA?start=30': refused(NOT_A_URL),
  '//youtube.com/embed/HRb7B9fPhfA?loop=1&list=HRb7B9fPhfA&start=30': refused(NOT_A_URL),
  'youtube.com/embed/watch?v=0EWbonj7f18': refused(NOT_A_URL),
  'http://www.youtube.com/v/-wtIMTCHWuI?version=3&autohide=1': refused(NOT_A_VIDEO_URL),
  'http://www.youtube.com/v/0zM3nApSvMg?fs=1&amp;hl=en_US&amp;rel=0': refused(NOT_A_VIDEO_URL),
  // A watch page whose v parameter is hidden behind "amp;amp;v": a watch URL without an id.
  'https://www.youtube.com/watch?feature=player_embedded&amp;amp;v=V36LpHqtcDY': refused(NO_VIDEO_ID),
  'youtube.com/e/v/0EWbonj7f18': refused(NOT_A_URL),
  'http://www.youtube.com/user/IngridMichaelsonVEVO#p/a/u/1/QdK8U-VIH_o': refused(NOT_A_VIDEO_URL),
  'https://youtube.com/user/WMFinland#p/a/u/1/G-3YxlZIhus': refused(NOT_A_VIDEO_URL),
  'youtube.com/user/sandervandoorntv/watch?v=WijF8aivOo8&feature=related': refused(NOT_A_URL),
  'youtube.com/watch/?v=0EWbonj7f18': refused(NOT_A_URL),
  'youtube.com/attribution_link?u=/watch?v=0EWbonj7f18&feature=related': refused(NOT_A_URL),
  'https://gdata.youtube.com/feeds/api/videos/HRb7B9fPhfA': refused(NOT_A_VIDEO_URL),
  'https://m.youtube.com/details?v=HRb7B9fPhfA#t=30s': refused(NOT_A_VIDEO_URL),
  '//youtube.com/embed/yQaAGmHNn9s?list=PL46F0A159EC02DF82&start=100': refused(NOT_A_URL),
  // youtu.be links with start= in h/m/s form or in the fragment are accepted, start included.
  'http://youtu.be/12345678901?start=48s': { ok: true, id: '12345678901', start: 48 },
  'http://youtu.be/12345678901?start=3m15s': { ok: true, id: '12345678901', start: 195 },
  'http://youtu.be/12345678901?start=1h36m17s': { ok: true, id: '12345678901', start: 5777 },
  'http://youtu.be/12345678901#start=32': { ok: true, id: '12345678901', start: 32 },
  __2ABJjxzNo: refused(NOT_A_URL),
  PLtS2H6bU1M: refused(NOT_A_URL),
  'https://i.ytimg.com/vi/HRb7B9fPhfA/hqdefault.jpg': refused(NOT_A_VIDEO_URL),
  'https://img.youtube.com/vi/HRb7B9fPhfA/maxresdefault.jpg': refused(NOT_A_VIDEO_URL),
  'https://i.ytimg.com/an_webp/MYDcdp-VNmQ/mqdefault_6s.webp': refused(NOT_A_VIDEO_URL),
}

/** The reason each 'reject' case of the fixture is refused with. */
const REJECT: Record<string, string> = {
  'http://www.youtube.com/watch?v=ABC12313&feature=youtu.be': NO_VIDEO_ID,
  'https://www.youtube.com/watch?v=1234': NO_VIDEO_ID,
  'http://y2u.be/ABC12304': NOT_A_VIDEO_URL,
  'https://youtu.be/': NOT_A_VIDEO_URL,
  'www.youtube-nocookie.com/embed/ABC12301?rel=0': NOT_A_URL,
  'http://www.youtube.com/embed/videoseries?list=PL46F0A159EC02DF82': NO_VIDEO_ID,
  '//youtube.com/embed?list=PL46F0A159EC02DF82&listType=playlist': NOT_A_URL,
  'youtube.com/embed/v=0EWbonj7f18': NOT_A_URL,
  '<iframe width="560" height="315" src="https://www.youtube.com/embed/1234" frameborder="0" allowfullscreen></iframe>': NOT_A_URL,
  'https://youtube.com/shorts/123?i=4': NO_VIDEO_ID,
  'www.youtube-nocookie.com/live/ABC12301?feature=share': NOT_A_URL,
  'youtube.com/e/v=0EWbonj7f18': NOT_A_URL,
  'youtube.com/attribution_link?u=/embed/v=0EWbonj7f18': NOT_A_URL,
  'http://www.youtube.com/attribution_link?u=%2Fwatch%3Fv%3DABC12300%26feature%3Dshare&a=JdfC0C9V6ZI': NOT_A_VIDEO_URL,
  'http://www.youtube.com/playlist?list=PL46F0A159EC02DF82': NOT_A_VIDEO_URL,
  'https://www.youtube.com/playlist?list=PLwP_SiAcdui0KVebT0mU9Apz359a4ubsC': NOT_A_VIDEO_URL,
  'https://www.youtube.com/channel/UCzQUP1qoWDoEbmsQxvdjxgQ': NOT_A_VIDEO_URL,
  'https://www.youtube.com/user/PowerfulJRE': NOT_A_VIDEO_URL,
  'https://www.youtube.com/c/PowerfulJRE': NOT_A_VIDEO_URL,
  'https://www.youtube.com/user/ThreeDaysGraceVideos/videos': NOT_A_VIDEO_URL,
  'https://www.youtube.com/AsapSCIENCE': NOT_A_VIDEO_URL,
  'https://www.youtube.com/embedded': NOT_A_VIDEO_URL,
  'https://www.youtube.com/shared?ci=E14kBrDEvYo': NOT_A_VIDEO_URL,
  'https://www.youtube.com/feed/subscriptions': NOT_A_VIDEO_URL,
  'http://www.youtube.com/results?search_query=making+mustard': NOT_A_VIDEO_URL,
  'https://youtube.com': NOT_A_VIDEO_URL,
  'https://www.youtube.com': NOT_A_VIDEO_URL,
  'youtube abcdefghijk': NOT_A_URL,
  'hey guys go to youtube and v=thisweird video i found': NOT_A_URL,
  'but we work at youtu.be and /thisweird video': NOT_A_URL,
  'youtube://1234': NOT_HTTP,
  'https://invidio.us/watch?v=BaW_jenozKc': NOT_A_VIDEO_URL,
  'https://vid.plus/FlRa-iH7PGw': NOT_A_VIDEO_URL,
  'http://www.cleanvideosearch.com/media/action/yt/watch?videoId=8v_4O44sfjM': NOT_A_VIDEO_URL,
  'http://vimeo.com/1234': NOT_A_VIDEO_URL,
}

// Read through tests/helpers/sharedFixtures, which finds ../shared from its own location (not the
// working directory), warns and returns null when it is absent, and throws when CI is set.
const raw = readSharedFixture('youtube-urls.json')
const cases: Case[] = raw ? JSON.parse(raw).cases : []
const byExpectation = (expectation: Case['expect']) => cases.filter((c) => c.expect === expectation).map((c) => [c.url, c] as const)
const accepted = byExpectation('accept')
const rejected = byExpectation('reject')
const lenient = byExpectation('lenient')

describe.skipIf(!raw)('parseYouTubeUrl over ../shared/fixtures/youtube-urls.json', () => {
  it('has the 117 cases the fixture promises: 49 to accept, 35 to reject and 33 lenient', () => {
    expect(cases).toHaveLength(117)
    expect([accepted.length, rejected.length, lenient.length]).toEqual([49, 35, 33])
  })

  it('pins an outcome here for every reject and lenient case, and for no URL the fixture lacks', () => {
    expect(Object.keys(REJECT).sort()).toEqual(rejected.map(([url]) => url).sort())
    expect(Object.keys(LENIENT).sort()).toEqual(lenient.map(([url]) => url).sort())
  })

  it.each(accepted)('accepts %j', (_url, c) => {
    expect(parseYouTubeUrl(c.url)).toEqual({ ok: true, id: c.id, start: c.start })
  })

  it.each(rejected)('rejects %j with its reason', (url, c) => {
    expect(Object.hasOwn(REJECT, url), `no reason pinned for ${JSON.stringify(url)}`).toBe(true)
    expect(parseYouTubeUrl(c.url)).toEqual(refused(REJECT[url]))
  })

  it.each(lenient)('lenient %j: the outcome pinned for it', (url, c) => {
    expect(Object.hasOwn(LENIENT, url), `no outcome pinned for ${JSON.stringify(url)}`).toBe(true)
    const expected = LENIENT[url]
    // Where this parser accepts a lenient form, it must be with the fixture's id and start.
    if (expected.ok) expect({ id: expected.id, start: expected.start }).toEqual({ id: c.id, start: c.start })
    expect(parseYouTubeUrl(c.url)).toEqual(expected)
  })
})

describe('parseYouTubeUrl (own cases)', () => {
  it('keeps the first v parameter and an h/m/s start time', () => {
    expect(parseYouTubeUrl('https://www.youtube.com/watch?v=Pr1ntPr3ssA&t=1h2m3s')).toEqual({ ok: true, id: 'Pr1ntPr3ssA', start: 3723 })
  })
  it('explains an empty field', () => {
    expect(parseYouTubeUrl('  ')).toEqual({ ok: false, reason: EMPTY })
  })
  it('refuses a channel page', () => {
    expect(parseYouTubeUrl('https://www.youtube.com/@scriptorium-essays')).toEqual({ ok: false, reason: NOT_A_VIDEO_URL })
  })
})
