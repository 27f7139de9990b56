import { describe, expect, it } from 'vitest'

import { cachedDocument } from '@/lib/cache/cachedDocument'
import { bodyEtag } from '@/lib/http/encodedBodies'

// Outside a Next server there is no data cache: every read makes the document again, which is what lets this test change it between reads.
describe('a cached document', () => {
  it('carries its text as UTF-8 bytes with the tag of that text and its own fields', async () => {
    const document = await cachedDocument(['test-document', 'a'], ['test'], async () => ({ body: 'Ćwierć wieku', lastModified: 1_000 }))
    expect(document?.etag).toBe(bodyEtag('Ćwierć wieku'))
    expect(Buffer.from(document!.bytes).toString('utf8')).toBe('Ćwierć wieku')
    expect(document?.lastModified).toBe(1_000)
    expect(document).not.toHaveProperty('body')
  })

  it('never answers one text’s tag with another text’s bytes when the text changed between reads', async () => {
    let version = 0
    const produce = async () => ({ body: `version ${++version}`, lastModified: version })
    const first = await cachedDocument(['test-document', 'b'], ['test'], produce)
    const second = await cachedDocument(['test-document', 'b'], ['test'], produce)
    for (const document of [first!, second!]) expect(document.etag).toBe(bodyEtag(Buffer.from(document.bytes).toString('utf8')))
    expect(Buffer.from(second!.bytes).toString('utf8')).not.toBe(Buffer.from(first!.bytes).toString('utf8'))
  })

  it('is null when there is nothing to make', async () => {
    expect(await cachedDocument(['test-document', 'c'], ['test'], async () => null)).toBeNull()
  })
})
