import { describe, expect, it } from 'vitest'

import { parseYouTubeChannelUrl } from '@/lib/youtube/parseYouTubeChannelUrl'

describe('parseYouTubeChannelUrl', () => {
  it.each([
    ['https://www.youtube.com/channel/UCzQUP1qoWDoEbmsQxvdjxgQ', 'https://www.youtube.com/channel/UCzQUP1qoWDoEbmsQxvdjxgQ'],
    ['https://youtube.com/@scriptorium-essays?src_vid=abc&feature=iv&annotation_id=x', 'https://www.youtube.com/@scriptorium-essays'],
    ['http://m.youtube.com/c/PowerfulJRE/?si=tracking', 'https://www.youtube.com/c/PowerfulJRE'],
    ['https://www.youtube.com/user/PowerfulJRE#about', 'https://www.youtube.com/user/PowerfulJRE'],
    ['  https://www.youtube.com/@Handle.With_Dots  ', 'https://www.youtube.com/@Handle.With_Dots'],
  ])('%s → %s', (input, url) => expect(parseYouTubeChannelUrl(input)).toEqual({ ok: true, url }))

  it.each([
    'https://www.youtube.com/watch?v=HRb7B9fPhfA',
    'https://www.youtube.com/channel/notachannelid',
    'https://vimeo.com/@someone',
    'javascript:alert(1)',
    'not a url',
  ])('rejects %s with a reason', (input) => {
    const result = parseYouTubeChannelUrl(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/channel|URL/)
  })
})
