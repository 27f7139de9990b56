/**
 * The admin's quick check of an uploaded file's start: a WordPress export passes, anything plainly
 * else is refused with the reason (the dry run reads the rest).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { checkWxrHead } from '@/lib/import/wordpress/checkWxrHead'

import { sharedFixturePath } from '../../../helpers/sharedFixtures'

// Found by tests/helpers/sharedFixtures from its own location: null (the test skips, with a warning)
// when ../shared is absent, an error under CI.
const themeUnitTestData = sharedFixturePath('wxr/themeunittestdata.wordpress.xml')

const folder = mkdtempSync(path.join(os.tmpdir(), 'wxr-head-'))
function file(name: string, text: string) {
  const target = path.join(folder, name)
  writeFileSync(target, text)
  return target
}

describe('checkWxrHead', () => {
  it('passes our own export', async () => {
    await expect(checkWxrHead(path.resolve(import.meta.dirname, '../../../fixtures/wordpress/essay-export.xml'), 'essay-export.xml')).resolves.toBeUndefined()
  })

  it.skipIf(!themeUnitTestData)('passes the theme unit test data', async () => {
    await expect(checkWxrHead(themeUnitTestData!, 'theme.xml')).resolves.toBeUndefined()
  })

  it('refuses HTML, a feed that is not an export, another WXR version, text and a broken start, with the reason', async () => {
    await expect(checkWxrHead(file('page.xml', '<!doctype html><html><body>Not an export</body></html>'), 'page.xml')).rejects.toThrow(/^page\.xml is not well-formed XML: /)
    await expect(checkWxrHead(file('page.html', '<html><body><p>Not an export</p></body></html>'), 'page.html')).rejects.toThrow('page.html is not a WordPress export: its root element is <html>, not <rss>. (line 1, column 6)')
    await expect(checkWxrHead(file('feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title><item><title>Post</title></item></channel></rss>'), 'feed.xml')).rejects.toThrow(
      'feed.xml is not a WordPress export: it declares no wordpress.org/export namespace.',
    )
    await expect(
      checkWxrHead(file('future.xml', '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>2.0</wp:wxr_version><item/></channel></rss>'), 'future.xml'),
    ).rejects.toThrow('future.xml is not a WordPress export this importer reads: wp:wxr_version is "2.0" (1.0, 1.1 or 1.2 expected).')
    await expect(checkWxrHead(file('notes.txt', 'Just some notes.'), 'notes.txt')).rejects.toThrow(/^notes\.txt is not well-formed XML: /)
    await expect(checkWxrHead(file('cut.xml', '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>'), 'cut.xml')).resolves.toBeUndefined()
  })
})
