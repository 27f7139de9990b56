import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { chapterMarker, heading, lexicalDocument, paragraph } from '../helpers/lexical'
import { expectFieldError, testPayload, unique } from './payload'

let payload: Payload
let videoId: number

beforeAll(async () => {
  payload = await testPayload()
  const video = await payload.create({
    collection: 'videos',
    data: { title: unique('Chaptered'), youtubeUrl: 'https://www.youtube.com/watch?v=0zM3nApSvMg', duration: 600 },
  })
  videoId = video.id
})

const script = (...times: string[]) =>
  lexicalDocument(paragraph('Intro.'), ...times.map((time, index) => heading('h2', `Part ${index + 1}`, time)), paragraph('End.'))

const publish = (content: ReturnType<typeof script>, video: number | null = videoId) =>
  payload.create({ collection: 'posts', data: { title: unique('Script'), content, video, _status: 'published' } })

describe('chapter markers on publish', () => {
  it('publish when they follow YouTube’s rules', async () => {
    const post = await publish(script('0:00', '2:00', '9:00'))
    expect(post._status).toBe('published')
  })

  it('refuse a first chapter after 0:00, with the rule in the message', async () => {
    await expectFieldError(publish(script('0:05', '2:00', '9:00')), 'content', /Chapters: The first chapter must start at 0:00/)
  })

  it('refuse fewer than three chapters', async () => {
    await expectFieldError(publish(script('0:00', '2:00')), 'content', /at least 3 chapters; the script marks 2/)
  })

  it('refuse chapters out of order or shorter than 10 s', async () => {
    await expectFieldError(publish(script('0:00', '5:00', '2:00')), 'content', /ascending order: “Part 3” \(2:00\) comes after “Part 2” \(5:00\)/)
    await expectFieldError(publish(script('0:00', '0:05', '2:00')), 'content', /“Part 1” \(0:00\) lasts 5 s/)
  })

  it('refuse a chapter past the linked video’s duration', async () => {
    await expectFieldError(publish(script('0:00', '2:00', '10:30')), 'content', /“Part 3” \(10:30\) starts after the end of the video \(10:00\)/)
    // Without a video there is no duration to check against.
    expect((await publish(script('0:00', '2:00', '10:30'), null))._status).toBe('published')
  })

  it('refuse a marker outside a heading', async () => {
    const content = lexicalDocument(heading('h2', 'A', '0:00'), heading('h2', 'B', '1:00'), heading('h2', 'C', '2:00'), paragraph('Text ', chapterMarker('3:00')))
    await expectFieldError(publish(content), 'content', /A chapter time \(3:00\) sits outside a heading/)
  })

  it('refuse an unreadable time in the marker itself, on the marker’s field', async () => {
    await expectFieldError(publish(script('0:00', 'soon', '9:00')), 'content.time', /"soon" is not a time; write it as m:ss/)
  })

  it('do not block saving a draft', async () => {
    const draft = await payload.create({ collection: 'posts', data: { title: unique('Draft'), content: script('0:05'), video: videoId }, draft: true })
    expect(draft._status).toBe('draft')
  })
})
