// Plain JS: next.config.mjs imports it before any TypeScript tooling runs.

const CLIENT_HINT_HEADERS = new Set(['accept-ch', 'critical-ch'])
const ADMIN_SOURCES = ['/admin', '/admin/:path*']

/**
 * Payload's withPayload adds `Accept-CH`, `Critical-CH` and `Vary: Sec-CH-Prefers-Color-Scheme` to
 * every path: the admin picks its colour scheme from the hint. On a reader's page Critical-CH makes
 * Chromium restart the first navigation (a second request for the same URL) and the Vary splits
 * every shared cache in two, for a hint the site never reads. This keeps that rule for the admin
 * only; every other header rule is returned as it was.
 *
 * @param {{ source: string, headers: { key: string, value: string }[] }[]} rules
 */
export function adminOnlyClientHints(rules) {
  return rules.flatMap((rule) => {
    const hints = rule.headers.some((header) => CLIENT_HINT_HEADERS.has(header.key.toLowerCase()))
    if (!hints || rule.source !== '/:path*') return [rule]
    const isHint = (header) => CLIENT_HINT_HEADERS.has(header.key.toLowerCase()) || (header.key.toLowerCase() === 'vary' && /sec-ch-/i.test(header.value))
    const everywhere = rule.headers.filter((header) => !isHint(header))
    const adminOnly = rule.headers.filter(isHint)
    return [
      ...(everywhere.length ? [{ ...rule, headers: everywhere }] : []),
      ...ADMIN_SOURCES.map((source) => ({ ...rule, source, headers: adminOnly })),
    ]
  })
}
