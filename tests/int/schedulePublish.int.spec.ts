import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraph } from '../helpers/lexical'
import { testPayload, unique } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('scheduled publishing', () => {
  it('publishes a draft when its scheduled job comes due, and not before', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { name: 'Scheduler', email: `${unique('scheduler')}@example.com`, password: 'correct-horse-battery', role: 'editor' },
      overrideAccess: true,
    })
    const post = await payload.create({ collection: 'posts', data: { title: unique('Scheduled'), content: lexicalParagraph('Soon.') }, draft: true })
    const queue = (waitUntil: Date) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        waitUntil,
        input: { type: 'publish', doc: { relationTo: 'posts', value: post.id }, user: { relationTo: 'users', value: user.id } },
      })
    await queue(new Date(Date.now() + 60 * 60 * 1000))
    await payload.jobs.run()
    expect((await payload.findByID({ collection: 'posts', id: post.id, overrideAccess: false, disableErrors: true }))).toBeNull()

    await queue(new Date(Date.now() - 1000))
    await payload.jobs.run()
    const published = await payload.findByID({ collection: 'posts', id: post.id, overrideAccess: false })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
  })
})
