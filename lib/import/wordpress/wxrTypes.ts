/**
 * A WordPress export (WXR 1.0–1.2) as read from the file, before any mapping: every value is the
 * text the file holds (CDATA sections joined, XML references decoded once, nothing else), so
 * titles with curly quotes, ampersands or bidi controls stay exactly as written.
 */
export type WxrAuthor = { id: string; login: string; email: string; displayName: string; firstName: string; lastName: string }

export type WxrTerm = {
  /** `category`, `post_tag`, `nav_menu`, or a custom taxonomy. */
  taxonomy: string
  id: string
  slug: string
  name: string
  /** The parent's slug (categories: `category_parent`) or id (`wp:term`: `term_parent`), '' when none. */
  parent: string
  description: string
}

export type WxrItemTerm = { domain: string; slug: string; name: string }

export type WxrMeta = { key: string; value: string }

export type WxrItem = {
  id: string
  type: string
  status: string
  title: string
  link: string
  guid: string
  pubDate: string
  creator: string
  content: string
  excerpt: string
  slug: string
  date: string
  dateGmt: string
  modified: string
  modifiedGmt: string
  parent: string
  menuOrder: string
  password: string
  sticky: boolean
  attachmentUrl: string
  terms: WxrItemTerm[]
  meta: WxrMeta[]
  comments: number
}

export type WxrExport = {
  wxrVersion: string
  site: { title: string; link: string; description: string; language: string; baseSiteUrl: string; baseBlogUrl: string }
  authors: WxrAuthor[]
  terms: WxrTerm[]
  items: WxrItem[]
}
