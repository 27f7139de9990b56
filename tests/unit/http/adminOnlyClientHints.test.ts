import { describe, expect, it } from 'vitest'

import { adminOnlyClientHints } from '@/lib/http/adminOnlyClientHints.mjs'

// The rule Payload 3.90.1's withPayload adds (node_modules/@payloadcms/next/dist/withPayload/withPayload.js).
const PAYLOAD_RULE = {
  source: '/:path*',
  headers: [
    { key: 'Accept-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
    { key: 'Vary', value: 'Sec-CH-Prefers-Color-Scheme' },
    { key: 'Critical-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
  ],
}

describe('adminOnlyClientHints', () => {
  it('keeps the colour-scheme hints for /admin and its pages only', () => {
    expect(adminOnlyClientHints([PAYLOAD_RULE])).toEqual([
      { source: '/admin', headers: PAYLOAD_RULE.headers },
      { source: '/admin/:path*', headers: PAYLOAD_RULE.headers },
    ])
  })

  it('keeps the other headers of the same rule everywhere, and other rules untouched', () => {
    const own = { source: '/feed.xml', headers: [{ key: 'Cache-Control', value: 'public, max-age=60' }] }
    const rule = { ...PAYLOAD_RULE, headers: [...PAYLOAD_RULE.headers, { key: 'X-Powered-By', value: 'Next.js, Payload' }] }
    expect(adminOnlyClientHints([own, rule])).toEqual([
      own,
      { source: '/:path*', headers: [{ key: 'X-Powered-By', value: 'Next.js, Payload' }] },
      { source: '/admin', headers: PAYLOAD_RULE.headers },
      { source: '/admin/:path*', headers: PAYLOAD_RULE.headers },
    ])
  })
})
