import { describe, expect, it } from 'vitest'

import { conditionalResponse } from '@/lib/http/conditionalResponse'
import { bodyEtag, encodedBody } from '@/lib/http/encodedBodies'

const feed = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Ćwierć — “Twenty Letters”</title>${'<item>x</item>'.repeat(5000)}</channel></rss>`
const request = (headers: Record<string, string> = {}) => new Request('http://localhost/feed.xml', { headers })

describe('a response from a cached body', () => {
  it('answers with the body as UTF-8, tagged as the body was tagged when it was made', async () => {
    const etag = bodyEtag(feed)
    const document = { etag, bytes: encodedBody(etag, feed) }
    const first = conditionalResponse(request(), document, { contentType: 'application/rss+xml; charset=utf-8' })
    const second = conditionalResponse(request(), document, { contentType: 'application/rss+xml; charset=utf-8' })
    expect(first.headers.get('etag')).toBe(etag)
    // The same bytes serve every response: each reads the whole text.
    expect(await first.text()).toBe(feed)
    expect(await second.text()).toBe(feed)
    // Text given as text is encoded (and tagged) the same way.
    const fromText = conditionalResponse(request(), feed, { contentType: 'text/xml' })
    expect(fromText.headers.get('etag')).toBe(etag)
    expect(Buffer.from(await fromText.arrayBuffer()).equals(Buffer.from(feed, 'utf8'))).toBe(true)
  })

  it('is 304 for a reader holding that tag, without a body', async () => {
    const etag = bodyEtag(feed)
    const response = conditionalResponse(request({ 'If-None-Match': etag }), { etag, bytes: encodedBody(etag, feed) }, { contentType: 'text/xml' })
    expect(response.status).toBe(304)
    expect(await response.text()).toBe('')
  })

  it('tags by content: the same text the same tag, other text another; and a tag is 32 base64url characters in quotes', () => {
    expect(bodyEtag('one')).toBe(bodyEtag('one'))
    expect(bodyEtag('one')).not.toBe(bodyEtag('two'))
    expect(bodyEtag('one')).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
    // Computed when no tag is given, as for bodies not read from the cache.
    expect(conditionalResponse(request(), 'one', { contentType: 'text/plain' }).headers.get('etag')).toBe(bodyEtag('one'))
  })

  it('keeps encoded bodies by tag, so a tag never answers with other text, and drops the oldest past its cap', () => {
    const big = (letter: string) => letter.repeat(9 * 1024 * 1024)
    const bodies = ['a', 'b', 'c', 'd'].map(big)
    const tags = bodies.map(bodyEtag)
    const kept = bodies.map((body, index) => encodedBody(tags[index], body))
    // The most recent is kept as it is; the first (36 MB in, past the 32 MB cap) was encoded again.
    // (Compared as booleans: a 9 MB buffer handed to expect is slow to describe.)
    expect(encodedBody(tags[3], bodies[3]) === kept[3]).toBe(true)
    const again = encodedBody(tags[0], bodies[0])
    expect(again === kept[0]).toBe(false)
    expect(Buffer.from(again.subarray(0, 3)).toString()).toBe('aaa')
  })
})
