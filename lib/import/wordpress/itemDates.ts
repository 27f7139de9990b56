import type { WxrItem } from './wxrTypes'

// WordPress writes "0000-00-00 00:00:00" for a date it never set (drafts have no GMT date).
const WP_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

/** A `Y-m-d H:i:s` value as an ISO instant (read as UTC), or null when unset or malformed. */
export function wordpressDate(raw: string): string | null {
  const match = WP_DATE.exec(raw.trim())
  if (!match || match[1] === '0000') return null
  const [, year, month, day, hour, minute, second] = match.map(Number)
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second))
  // Date.UTC rolls 2019-02-31 over into March: such a value is malformed, not a date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString()
}

/**
 * When an item was published and last changed: `wp:post_date_gmt`, else `wp:post_date` (the
 * site's local time, read as UTC: the export does not say its offset). `pubDate` is never used:
 * WordPress writes malformed ones (the theme unit test data has "Mon, 16 Jun 20081 21:47:17 +0000").
 */
export function itemDates(item: Pick<WxrItem, 'dateGmt' | 'date' | 'modifiedGmt' | 'modified'>): { publishedAt: string | null; modifiedAt: string | null } {
  const publishedAt = wordpressDate(item.dateGmt) ?? wordpressDate(item.date)
  return { publishedAt, modifiedAt: wordpressDate(item.modifiedGmt) ?? wordpressDate(item.modified) ?? publishedAt }
}
