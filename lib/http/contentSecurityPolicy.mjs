// @ts-check
// Plain JS: the page cache handler (lib/cache/handler/) and next.config.mjs load it by path.
import { createHash } from 'node:crypto'

/** The only frames readers' pages open: the privacy-enhanced YouTube player, after a click. */
export const VIDEO_FRAMES = 'https://www.youtube-nocookie.com'

/** Directives every page shares whichever way its scripts are allowed. */
const PAGE_DIRECTIVES = [`frame-src ${VIDEO_FRAMES}`, "img-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi

/**
 * 'sha256-…' of every inline script in a page, in order, each once: what the browser hashes is the text between the tags.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  const hashes = /** @type {Set<string>} */ (new Set())
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
    if (body) hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/**
 * A cached page's policy: its scripts are Next's files from this site and exactly the inline
 * scripts it was rendered with, by hash. A page served from the cache cannot carry a per-request
 * nonce (the HTML is made once for many readers); a hash allows only that text, so a script that
 * got into a page any other way does not run. No frame may hold it.
 * @param {string} html
 */
export function cachedPagePolicy(html) {
  return [`script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(), ...PAGE_DIRECTIVES, "frame-ancestors 'none'"].join('; ')
}

/**
 * A page rendered for one request (the admin, a draft preview, search): a fresh nonce, which Next
 * puts on every script it writes when the request carries the policy. A preview may be framed by
 * the admin's live preview; the admin shows uploads and their previews (data:, blob:).
 * @param {string} nonce
 * @param {{ admin?: boolean, framedBySite?: boolean }} [options]
 */
export function renderedPagePolicy(nonce, { admin = false, framedBySite = false } = {}) {
  const directives = admin
    ? [`script-src 'self' 'nonce-${nonce}'`, `frame-src 'self' ${VIDEO_FRAMES}`, "img-src 'self' data: blob:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]
    : [`script-src 'self' 'nonce-${nonce}'`, ...PAGE_DIRECTIVES]
  return [...directives, `frame-ancestors ${framedBySite || admin ? "'self'" : "'none'"}`].join('; ')
}
