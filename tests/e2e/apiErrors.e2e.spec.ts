/** REST clients get the reason for a refused write, not just the name of the field. */
import { expect, test } from '@playwright/test'

import { ADMIN } from './helpers'

test('validation errors from the REST API name each field with its message', async ({ request }) => {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)

  const slug = await request.post('/api/categories', { data: { title: 'Bad', slug: 'Bad Slug!' } })
  expect(slug.status()).toBe(400)
  expect((await slug.json()).errors[0]).toMatchObject({
    name: 'ValidationError',
    message: 'The following field is invalid: Slug',
    data: { errors: [expect.objectContaining({ path: 'slug', message: expect.stringMatching(/lowercase letters a–z/) })] },
  })

  const video = await request.post('/api/videos', { data: { title: 'Bad', youtubeUrl: 'https://www.youtube.com/playlist?list=PL46F0A159EC02DF82' } })
  expect(video.status()).toBe(400)
  expect((await video.json()).errors[0].data.errors).toEqual([expect.objectContaining({ path: 'youtubeUrl', message: expect.stringMatching(/not a YouTube video URL/) })])
})
