/**
 * An import with hundreds of warnings (here 300 images out of reach with --no-fetch) succeeds and
 * keeps its whole report: the run's summary once passed Payload's default 40,000-character limit,
 * and the import, already committed, was then reported as failed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importWordPress } from '@/lib/import/wordpress/importWordPress'

import { testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

async function cleanUp() {
  await payload.delete({ collection: 'posts', where: { wordpressId: { like: '@warnings.example.com' } }, overrideAccess: true })
  await payload.delete({ collection: 'redirects', where: { from: { exists: true } }, overrideAccess: true })
  await payload.delete({ collection: 'import-runs', where: { id: { exists: true } }, overrideAccess: true })
}
afterAll(cleanUp)

function writeExport(): string {
  const images = Array.from({ length: 300 }, (_, index) => `<p>Figure ${index + 1}: <img src="https://warnings.example.com/wp-content/uploads/2020/01/figure-${index + 1}.png" alt="Figure ${index + 1}"></p>`).join('\n')
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wxr-warnings-')), 'warnings-export.xml')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Warnings</title><link>https://warnings.example.com</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://warnings.example.com</wp:base_blog_url>
<item><title>Three hundred figures</title><wp:post_id>40</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>three-hundred-figures</wp:post_name>
  <wp:post_date_gmt>2020-01-12 09:30:00</wp:post_date_gmt><content:encoded><![CDATA[${images}]]></content:encoded></item>
</channel></rss>`,
  )
  return file
}

describe('an import with hundreds of warnings', () => {
  it('succeeds and keeps every warning in its run', async () => {
    const { report, summary, runId } = await importWordPress(payload, writeExport(), { fetchMedia: false })
    const imageWarnings = report.warnings.filter((warning) => warning.includes('was not imported (fetching is off (--no-fetch))'))
    expect(imageWarnings).toHaveLength(300)
    expect(summary.length).toBeGreaterThan(40_000)
    const run = await payload.findByID({ collection: 'import-runs', id: runId, overrideAccess: true })
    expect(run.status).toBe('succeeded')
    expect(run.summary).toBe(summary)
    expect((await payload.find({ collection: 'posts', where: { wordpressId: { equals: '40@warnings.example.com' } }, draft: true, overrideAccess: true })).totalDocs).toBe(1)
  })
})
