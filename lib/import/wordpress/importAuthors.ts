import type { Payload, PayloadRequest } from 'payload'

import { decodeHtmlText } from './decodeHtmlText'
import { tally, type ImportReport } from './importReport'
import type { WxrAuthor, WxrItem } from './wxrTypes'

/** How a post names its WordPress author here: an account with the same e-mail, or a byline. */
export type Byline = { userId: number } | { name: string }

/** The author's name as the blog showed it: display name, else first and last name, else the login. */
export function authorName(author: Pick<WxrAuthor, 'displayName' | 'firstName' | 'lastName' | 'login'>): string {
  const full = [author.firstName, author.lastName].map((part) => decodeHtmlText(part).trim()).filter(Boolean).join(' ')
  return decodeHtmlText(author.displayName).trim() || full || author.login.trim()
}

/**
 * The export's authors by login (what an item's `dc:creator` names). An author whose e-mail an
 * account here has becomes that account (its posts list it as their author: counted as updated);
 * any other keeps their name as the post's byline (counted as skipped, with a warning saying how
 * to link them). No account is ever created: an imported user could sign in, and on a fresh
 * install it would take the create-first-user screen away from the site's owner. Authors of no
 * imported post are skipped silently.
 */
export async function importAuthors(payload: Payload, req: PayloadRequest, authors: WxrAuthor[], items: WxrItem[], report: ImportReport): Promise<Map<string, Byline>> {
  const bylines = new Map<string, Byline>()
  const writing = new Set(items.map((item) => item.creator.trim()))
  const emails = authors.map((author) => author.email.trim().toLowerCase()).filter(Boolean)
  const { docs: users } = emails.length
    ? await payload.find({ collection: 'users', where: { email: { in: emails } }, select: { email: true }, depth: 0, pagination: false, overrideAccess: true, req })
    : { docs: [] }
  const userByEmail = new Map(users.map((user) => [user.email.toLowerCase(), user.id]))
  for (const author of authors) {
    const login = author.login.trim()
    if (!login || bylines.has(login)) continue
    if (!writing.has(login)) {
      tally(report, 'authors', 'skipped')
      continue
    }
    const email = author.email.trim()
    const userId = userByEmail.get(email.toLowerCase())
    if (userId !== undefined) {
      bylines.set(login, { userId })
      tally(report, 'authors', 'updated')
    } else {
      const name = authorName(author)
      bylines.set(login, { name })
      tally(report, 'authors', 'skipped')
      report.warnings.push(
        `The WordPress author “${name}” (${login}) has no account here${email ? ` (no user has the e-mail ${email})` : ''}: their posts show the name as a byline. Create the account and import again to link them.`,
      )
    }
  }
  return bylines
}

/** A post's author fields for its `dc:creator`: the account, or the byline (a login the export does not list is its own byline). */
export function postAuthorFields(creator: string, bylines: Map<string, Byline>): { authors: number[]; byline: string | null } {
  const login = creator.trim()
  if (!login) return { authors: [], byline: null }
  const found = bylines.get(login) ?? { name: login }
  return 'userId' in found ? { authors: [found.userId], byline: null } : { authors: [], byline: found.name }
}
