// Plain JS: next.config.mjs imports it before any TypeScript tooling runs.

/**
 * Headers on every response, readers' pages, feeds, the API and the admin alike. The policy here
 * is what every response shares; pages add their script, frame and image policy: a cached page its
 * own, with the hashes of its inline scripts (lib/cache/handler/pagePolicy.mjs), which narrows
 * framing to none; a page rendered per request one with a nonce from proxy.ts, which takes this
 * one's place and keeps its directives (lib/http/contentSecurityPolicy.mjs). HSTS is sent always;
 * browsers heed it only over HTTPS, which is where it is meant.
 */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'self'; object-src 'none'; base-uri 'self'" },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
]

/** @param {{ source: string, headers: { key: string, value: string }[] }[]} rules */
export const withSecurityHeaders = (rules) => [{ source: '/:path*', headers: SECURITY_HEADERS }, ...rules]
