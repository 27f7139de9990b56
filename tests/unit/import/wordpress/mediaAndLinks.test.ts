import { describe, expect, it } from 'vitest'

import { originalMediaUrl } from '@/lib/import/wordpress/mediaUrls'
import { youtubeLinks } from '@/lib/import/wordpress/youtubeLinks'

describe('originalMediaUrl', () => {
  it.each([
    ['https://essays.files.wordpress.com/2019/05/press-1024x768.jpg', 'https://essays.files.wordpress.com/2019/05/press.jpg'],
    ['https://essays.files.wordpress.com/2019/05/press.jpg?w=640&h=480', 'https://essays.files.wordpress.com/2019/05/press.jpg'],
    ['https://i0.wp.com/essays.example.com/wp-content/uploads/2019/05/press-300x200.png?resize=300%2C200&ssl=1', 'https://essays.example.com/wp-content/uploads/2019/05/press.png'],
    ['https://essays.example.com/wp-content/uploads/2020/01/map-scaled.jpg', 'https://essays.example.com/wp-content/uploads/2020/01/map.jpg'],
    ['https://wpthemetestdata.files.wordpress.com/2008/06/canola2.jpg', 'https://wpthemetestdata.files.wordpress.com/2008/06/canola2.jpg'],
    ['https://example.org/images/poster-1024x768.jpg?w=10', 'https://example.org/images/poster-1024x768.jpg?w=10'],
  ])('%s → %s', (input, expected) => {
    expect(originalMediaUrl(input)).toBe(expected)
  })
})

describe('youtubeLinks', () => {
  it('finds each video and channel once, channels in their canonical form, other links ignored', () => {
    const html = `
      <p>My channels: <a href="https://www.youtube.com/@ScriptoriumEssays?si=abc">essays</a> and
      <a href='https://youtube.com/channel/UCabcdefghijklmnopqrstuv/'>audiobooks</a>.</p>
      <p>The video: <a href="https://youtu.be/Pr1ntPr3ssA?t=90">watch</a>, again <a href="https://www.youtube.com/watch?v=Pr1ntPr3ssA&amp;feature=share">here</a>;
      not YouTube: <a href="https://example.org/@handle">elsewhere</a>.</p>`
    expect(youtubeLinks(html)).toEqual({
      videos: [{ id: 'Pr1ntPr3ssA', start: 90, url: 'https://youtu.be/Pr1ntPr3ssA?t=90' }],
      channels: ['https://www.youtube.com/@ScriptoriumEssays', 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv'],
    })
  })
})
