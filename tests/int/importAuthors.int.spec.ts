/**
 * WordPress authors on a real PostgreSQL: an author whose e-mail an account here has becomes that
 * account; no account is ever created by an import.
 */
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importWordPress } from '@/lib/import/wordpress/importWordPress'
import type { Post } from '@/payload-types'

import { testPayload } from './payload'
import { removeImportedData } from './importedData'

let payload: Payload
const ESSAYS = path.resolve(import.meta.dirname, '../fixtures/wordpress/essay-export.xml')

async function cleanUp() {
  await removeImportedData(payload)
  await payload.delete({ collection: 'users', where: { email: { equals: 'essayist@example.com' } }, overrideAccess: true })
}

beforeAll(async () => {
  payload = await testPayload()
  await cleanUp()
})
afterAll(cleanUp)

describe('WordPress authors', () => {
  it('become the account with the same e-mail (whatever its case), and no user is created', async () => {
    const essayist = await payload.create({ collection: 'users', data: { name: 'Essayist Here', email: 'Essayist@Example.com', password: 'a-long-enough-password-1', role: 'editor' }, overrideAccess: true })
    const usersBefore = await payload.count({ collection: 'users', overrideAccess: true })

    const { report } = await importWordPress(payload, ESSAYS)
    expect(report.counts.authors).toEqual({ created: 0, updated: 1, skipped: 0 })
    expect(report.warnings.filter((warning) => warning.includes('author'))).toEqual([])
    const script = (await payload.find({ collection: 'posts', where: { wordpressId: { equals: '10@essays.example.com' } }, depth: 0, overrideAccess: true })).docs[0] as Post
    expect(script.authors).toEqual([essayist.id])
    expect(script.byline ?? null).toBeNull()
    expect(script.populatedAuthors).toEqual([{ id: String(essayist.id), name: 'Essayist Here' }])
    expect(await payload.count({ collection: 'users', overrideAccess: true })).toEqual(usersBefore)
  })
})
