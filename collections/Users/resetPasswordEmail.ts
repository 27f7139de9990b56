import escapeHtml from 'escape-html'
import type { PayloadRequest } from 'payload'

import { siteBaseUrl } from '@/lib/site/baseUrl'

// Payload's own (unexported) argument type of forgotPassword.generateEmailHTML / generateEmailSubject.
type Args = { req?: PayloadRequest; token?: string; user?: { name?: string | null } } | undefined

async function siteOf(req: PayloadRequest) {
  return req.payload.findGlobal({ slug: 'site', depth: 0, req, overrideAccess: true })
}

/**
 * The reset link must be absolute to work from a mail client. Payload builds it from `serverURL`
 * or a trusted Host header and otherwise sends a relative link; the site's configured origin
 * (site settings' base URL, else SERVER_URL) is used here instead, never the request's Host
 * header, which anyone can set (a reset link pointing at their host would carry the token to them).
 */
export async function resetPasswordEmailHtml(args: Args): Promise<string> {
  const { req, token, user } = args ?? {}
  if (!req || !token) throw new Error('A password-reset mail needs the request and the token')
  const site = await siteOf(req)
  const link = `${siteBaseUrl(site)}${req.payload.config.routes.admin}/reset/${encodeURIComponent(token)}`
  const greeting = user?.name ? `Hello ${escapeHtml(user.name)},` : 'Hello,'
  return [
    `<p>${greeting}</p>`,
    `<p>Someone (we hope you) asked to reset the password of your account on ${escapeHtml(site.title ?? 'Scriptorium')}. Open this link to choose a new one; it works once, within an hour:</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    '<p>If you did not ask for this, ignore this mail: your password stays as it is.</p>',
  ].join('\n')
}

export async function resetPasswordEmailSubject(args: Args): Promise<string> {
  const req = args?.req
  if (!req) return 'Reset your password'
  return `Reset your password for ${(await siteOf(req)).title ?? 'Scriptorium'}`
}
