import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { releaseInterruptedJobs } from '@/lib/publishing/releaseInterruptedJobs'

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

  it('runs again a scheduled publish whose process was cut off mid-job (left "processing"), and leaves one still running alone', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { name: 'Interrupted', email: `${unique('interrupted')}@example.com`, password: 'correct-horse-battery', role: 'editor' },
      overrideAccess: true,
    })
    const draft = async (title: string) => payload.create({ collection: 'posts', data: { title: unique(title), content: lexicalParagraph('Due.') }, draft: true })
    const [cutOff, running] = [await draft('Cut off'), await draft('Still running')]
    const queue = async (postId: number) =>
      (await payload.jobs.queue({ task: 'schedulePublish', waitUntil: new Date(Date.now() - 1000), input: { type: 'publish', doc: { relationTo: 'posts', value: postId }, user: { relationTo: 'users', value: user.id } } })).id
    const [cutOffJob, runningJob] = [await queue(cutOff.id), await queue(running.id)]
    // As a process killed mid-job leaves them: marked processing, one ten minutes ago, one just now.
    await payload.db.drizzle.execute(sql`UPDATE payload_jobs SET processing = true, updated_at = now() - interval '10 minutes' WHERE id = ${cutOffJob}`)
    await payload.db.drizzle.execute(sql`UPDATE payload_jobs SET processing = true, updated_at = now() - interval '30 seconds' WHERE id = ${runningJob}`)
    const status = async (id: number) => (await payload.findByID({ collection: 'posts', id, draft: true, overrideAccess: true }))._status

    await payload.jobs.run()
    expect(await status(cutOff.id)).toBe('draft')

    expect(await releaseInterruptedJobs(payload)).toEqual([cutOffJob])
    await payload.jobs.run()
    expect(await status(cutOff.id)).toBe('published')
    expect(await status(running.id)).toBe('draft')
  })
})

