import { describe, expect, it } from 'vitest'

import { normalizeRedirectFrom, validateRedirectUrl } from '@/lib/redirects/redirectPaths'

describe('normalizeRedirectFrom', () => {
  it.each([
    ['/posts/old-slug', '/posts/old-slug'],
    ['posts/old-slug', '/posts/old-slug'],
    ['/2019/05/12/the-printing-press/', '/2019/05/12/the-printing-press'],
    ['  /about//  ', '/about'],
    ['https://blog.example.com/2019/05/12/post/', '/2019/05/12/post'],
    ['/señor', '/se%C3%B1or'],
    ['/se%C3%B1or', '/se%C3%B1or'],
    ['https://blog.example.com/?p=123', '/?p=123'],
    ['/?page_id=7', '/?page_id=7'],
    ['?tag=printing-press', '/?tag=printing-press'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeRedirectFrom(input, ['https://blog.example.com/'])).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['', 'Enter the old address, e.g. /2019/05/my-old-post or /posts/old-slug.'],
    ['/', 'The home page cannot be redirected.'],
    ['https://elsewhere.example/x', '"https://elsewhere.example/x" is not an address on this site; enter its path, e.g. /posts/old-slug.'],
    ['javascript:alert(1)', '"javascript:alert(1)" is not an address on this site; enter its path, e.g. /posts/old-slug.'],
    ['//evil.example/x', '"//evil.example/x" is not an address on this site; enter its path, e.g. /posts/old-slug.'],
    ['/?s=printing', 'Enter only the path, without "?…" or "#…" (got "/?s=printing"); of queries only WordPress\'s /?p=<id> forms can be redirected.'],
    ['/posts/x?p=1', 'Enter only the path, without "?…" or "#…" (got "/posts/x?p=1"); of queries only WordPress\'s /?p=<id> forms can be redirected.'],
    ['/a b', 'An address cannot contain spaces or backslashes (got "/a b").'],
    ['/admin/collections/users', '/admin/collections/users belongs to the admin or the API and cannot be redirected.'],
    ['/api/posts', '/api/posts belongs to the admin or the API and cannot be redirected.'],
    ['/bad%zz', '"/bad%zz" has a broken %-escape.'],
  ])('refuses %j', (input, reason) => {
    expect(normalizeRedirectFrom(input, ['https://blog.example.com'])).toEqual({ ok: false, reason })
  })
})

describe('validateRedirectUrl', () => {
  it.each([
    ['/posts/new-slug', '/posts/new-slug'],
    ['https://www.youtube.com/@channel', 'https://www.youtube.com/@channel'],
    ['http://example.org', 'http://example.org/'],
  ])('accepts %s', (input, value) => {
    expect(validateRedirectUrl(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['//evil.example', '"//evil.example" is not a path on this site.'],
    ['/\\evil.example', '"/\\evil.example" is not a path on this site.'],
    ['javascript:alert(1)', 'Only paths on this site and http:// or https:// URLs can be redirect targets (got "javascript:").'],
    ['data:text/html,<script>alert(1)</script>', 'Only paths on this site and http:// or https:// URLs can be redirect targets (got "data:").'],
    ['evil.example', '"evil.example" is neither a path on this site (starting with /) nor a full http(s) URL.'],
  ])('refuses %j', (input, reason) => {
    expect(validateRedirectUrl(input)).toEqual({ ok: false, reason })
  })
})
