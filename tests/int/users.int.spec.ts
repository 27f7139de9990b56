import type { Payload, PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { testPayload, unique } from './payload'

let payload: Payload
let admin: User
let editor: User

const PASSWORD = 'correct-horse-battery'
const newUser = (role: 'admin' | 'editor') =>
  payload.create({ collection: 'users', data: { name: role, email: `${unique(role)}@example.com`, password: PASSWORD, role }, overrideAccess: true })

beforeAll(async () => {
  payload = await testPayload()
  admin = await newUser('admin')
  editor = await newUser('editor')
})

describe('users and roles', () => {
  it('only admins create users', async () => {
    const data = { name: 'New', email: `${unique('new')}@example.com`, password: PASSWORD, role: 'editor' as const }
    await expect(payload.create({ collection: 'users', data, overrideAccess: false, user: editor })).rejects.toMatchObject({ status: 403 })
    const created = await payload.create({ collection: 'users', data, overrideAccess: false, user: admin })
    expect(created.role).toBe('editor')
  })

  it('editors cannot change roles, not even their own', async () => {
    const updated = await payload.update({ collection: 'users', id: editor.id, data: { role: 'admin' }, overrideAccess: false, user: editor })
    expect(updated.role).toBe('editor')
    const stored = await payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })
    expect(stored.role).toBe('editor')
  })

  it('editors cannot edit or delete other users; admins can change roles', async () => {
    const other = await newUser('editor')
    await expect(payload.update({ collection: 'users', id: other.id, data: { name: 'x' }, overrideAccess: false, user: editor })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'users', id: other.id, overrideAccess: false, user: editor })).rejects.toMatchObject({ status: 403 })
    const promoted = await payload.update({ collection: 'users', id: other.id, data: { role: 'admin' }, overrideAccess: false, user: admin })
    expect(promoted.role).toBe('admin')
  })

  it('locks an account for ten minutes after five failed logins', async () => {
    const user = await newUser('editor')
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(payload.login({ collection: 'users', data: { email: user.email, password: 'wrong-password' } })).rejects.toBeTruthy()
    }
    await expect(payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).rejects.toMatchObject({ status: 401 })
    const locked = (await payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as User & { lockUntil?: string }
    const minutes = (new Date(locked.lockUntil ?? 0).getTime() - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(9)
    expect(minutes).toBeLessThanOrEqual(10)
  })

  it('lets the account in again once its ten minutes are over', async () => {
    const user = await newUser('editor')
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(payload.login({ collection: 'users', data: { email: user.email, password: 'wrong-password' } })).rejects.toBeTruthy()
    }
    await expect(payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).rejects.toMatchObject({ status: 401 })
    // The ten minutes pass (moved back in the database rather than waited for).
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { lockUntil: new Date(Date.now() - 1000).toISOString() } })
    expect((await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).token).toBeTruthy()
  })

  it('a good login starts the count of failures again', async () => {
    const user = await newUser('editor')
    const fail = () => expect(payload.login({ collection: 'users', data: { email: user.email, password: 'wrong-password' } })).rejects.toBeTruthy()
    for (let attempt = 1; attempt <= 4; attempt++) await fail()
    expect((await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).token).toBeTruthy()
    // Four more failures: eight in all, but only four since the good login, so not locked.
    for (let attempt = 1; attempt <= 4; attempt++) await fail()
    expect((await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).token).toBeTruthy()
  })

  it('only an admin lifts a lockout early; an editor cannot unlock another account', async () => {
    const user = await newUser('editor')
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(payload.login({ collection: 'users', data: { email: user.email, password: 'wrong-password' } })).rejects.toBeTruthy()
    }
    await expect(payload.unlock({ collection: 'users', data: { email: user.email }, overrideAccess: false, user: editor } as Parameters<typeof payload.unlock>[0])).rejects.toMatchObject({ status: 403 })
    await expect(payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).rejects.toMatchObject({ status: 401 })
    expect(await payload.unlock({ collection: 'users', data: { email: user.email }, overrideAccess: false, user: admin } as Parameters<typeof payload.unlock>[0])).toBe(true)
    expect((await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).token).toBeTruthy()
  })

  it('a correct password logs in while not locked', async () => {
    const user = await newUser('editor')
    const result = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
    expect(result.token).toBeTruthy()
  })
})

describe('the password-reset mail', () => {
  it('links to the site’s own origin, whatever Host header the request named', async () => {
    const { resetPasswordEmailHtml, resetPasswordEmailSubject } = await import('@/collections/Users/resetPasswordEmail')
    const before = (await payload.findGlobal({ slug: 'site', depth: 0 })).baseUrl
    await payload.updateGlobal({ slug: 'site', data: { baseUrl: 'https://blog.example.org' } })
    try {
      const req = { payload, headers: new Headers({ host: 'evil.example' }), url: 'http://evil.example/api/users/forgot-password' } as unknown as PayloadRequest
      const html = await resetPasswordEmailHtml({ req, token: 'tok en/1', user: { name: 'Ada <Editor>' } })
      expect(html).toContain('<a href="https://blog.example.org/admin/reset/tok%20en%2F1">https://blog.example.org/admin/reset/tok%20en%2F1</a>')
      expect(html).toContain('<p>Hello Ada &lt;Editor&gt;,</p>')
      expect(html).not.toContain('evil.example')
      expect(await resetPasswordEmailSubject({ req })).toBe('Reset your password for Scriptorium')
    } finally {
      await payload.updateGlobal({ slug: 'site', data: { baseUrl: before ?? null } })
    }
  })
})
