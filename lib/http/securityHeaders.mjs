// Plain JS: next.config.mjs imports it before any TypeScript tooling runs.

/**
 * Headers on every response, readers' pages, feeds, the API and the admin alike. Frames: only this
 * site may frame its pages (the admin's live preview does; `frame-ancestors 'none'` would break it).
 * Not yet a script policy: Next's inline scripts need nonces first. HSTS is sent always; browsers
 * heed it only over HTTPS, which is where it is meant.
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
