import { describe, expect, it } from 'vitest'

import { cachedPagePolicy, inlineScriptHashes, renderedPagePolicy } from '@/lib/http/contentSecurityPolicy.mjs'

// Hashes computed apart from the code under test: printf '%s' '<text>' | openssl dgst -sha256 -binary | base64
const BOOTSTRAP = "'sha256-OBTN3RiyCV4Bq7dFqZ5a2pAXjnCcCYeTJMO2I/LYKeo='" // (self.__next_f=self.__next_f||[]).push([0])
const ALERT = "'sha256-DF7YL+qdGcU+UwWWmo11n8Pg8R/DfH3a4vWAcEohD1g='" // alert("é"), UTF-8

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline script, once each, and skips scripts loaded by src', () => {
    const html =
      '<html><head><script src="/_next/static/chunks/main.js" async=""></script><script nonce="abc">(self.__next_f=self.__next_f||[]).push([0])</script></head>' +
      '<body><SCRIPT type="text/javascript">alert("é")</SCRIPT><script>(self.__next_f=self.__next_f||[]).push([0])</script><script></script></body></html>'
    expect(inlineScriptHashes(html)).toEqual([BOOTSTRAP, ALERT])
  })

  it('finds none in a page without inline scripts', () => {
    expect(inlineScriptHashes('<p>No scripts &lt;script&gt; here</p>')).toEqual([])
  })
})

describe('the policies', () => {
  it('allows a cached page its own inline scripts by hash, YouTube nocookie frames, images from the site, no framing', () => {
    expect(cachedPagePolicy('<script>alert("é")</script>')).toBe(
      `script-src 'self' ${ALERT}; frame-src https://www.youtube-nocookie.com; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`,
    )
  })

  it('allows a page rendered for one request its nonce; a preview may be framed by the site, the admin shows data: and blob: images', () => {
    expect(renderedPagePolicy('bm9uY2U=')).toBe(
      "script-src 'self' 'nonce-bm9uY2U='; frame-src https://www.youtube-nocookie.com; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    )
    expect(renderedPagePolicy('bm9uY2U=', { framedBySite: true })).toMatch(/; frame-ancestors 'self'$/)
    expect(renderedPagePolicy('bm9uY2U=', { admin: true })).toBe(
      "script-src 'self' 'nonce-bm9uY2U='; frame-src 'self' https://www.youtube-nocookie.com; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    )
  })
})
